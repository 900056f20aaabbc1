package dev.runspec.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.runspec.shaded.jackson.core.StreamReadConstraints;
import dev.runspec.shaded.jackson.core.json.JsonFactory;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * Reads a pact file twice. First as the core reads any document, against a schema that accepts
 * every JSON value, so a pact file gets the verdicts a recorded response would: not a regular
 * file, over the size or nesting limits, not UTF-8, malformed (with line and column), duplicate
 * keys. Then with Pact's own reader, which understands every specification version (V2's
 * {@code $.body} rule paths, V3 categories, V4's typed interactions and encoded bodies).
 */
final class PactFileReader {

    private static final String ANY_JSON = "pact-file";

    /** What reading gave: the pact, or why there is none. */
    sealed interface Outcome {
    }

    /**
     * A readable pact with the JSON it came from; {@code duplicates} are the duplicate-key
     * violations the core found, with file pointers.
     */
    record Loaded(Pact pact, JsonNode json, SourcePositions positions, List<Violation> duplicates) implements Outcome {

        /** V4 puts a JSON body under {@code body.content}. */
        boolean v4() {
            return json.path("metadata").path("pactSpecification").path("version").asString("").startsWith("4");
        }

        /** V1 and V2 name body rules {@code $.body...} directly under {@code matchingRules}. */
        boolean v2() {
            String version = json.path("metadata").path("pactSpecification").path("version").asString(
                    json.path("metadata").path("pact-specification").path("version").asString("2.0.0"));
            return version.startsWith("1") || version.startsWith("2");
        }
    }

    /** Not a pact runspec can check, with what to report. */
    record Refused(List<Violation> violations) implements Outcome {
    }

    private final RunValidator files;
    private final SeverityPolicy policy;
    private final JsonMapper mapper;

    PactFileReader(SeverityPolicy policy, Limits limits) {
        this.policy = policy;
        this.files = RunValidator.builder()
                .catalogue(SchemaCatalogue.bundled().withSchema(ANY_JSON, "Any JSON document", "{}"))
                .policy(policy)
                .limits(limits)
                .build();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    /** The mapper for the JSON inside a pact (its bodies), under the same limits as the file. */
    JsonMapper mapper() {
        return mapper;
    }

    Outcome read(Path file) {
        ValidationResult asJson = files.validate(ANY_JSON, file);
        List<Violation> duplicates = asJson.violations().stream().filter(v -> v.rule() == Rule.DUPLICATE_KEY).toList();
        if (asJson.document().isEmpty() || duplicates.size() < asJson.violations().size()) {
            return new Refused(asJson.violations());
        }
        JsonNode json = asJson.document().get();
        if (!json.isObject() || !(json.path("interactions").isArray() || json.path("messages").isArray())) {
            return refused(Rule.UNREADABLE, "not a pact file: it has no \"interactions\" array (nor the \"messages\" of a V3 message pact)");
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return refused(Rule.UNREADABLE, "the file could not be read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(new StringReader(text));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return refused(Rule.UNREADABLE, "Pact cannot read this file: " + Texts.shorten(reason));
        }
        return new Loaded(pact, json, SourcePositions.of(text, mapper), duplicates);
    }

    private Refused refused(Rule rule, String message) {
        return new Refused(List.of(new Violation("", rule, policy.severityOf(rule), null, null, message, 1, 1)));
    }
}
