package dev.runspec.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.JsonFiles;
import dev.runspec.core.internal.JsonReading;
import dev.runspec.core.internal.ParsedDocument;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a pact file once, as core's {@link JsonFiles} reads every input, so a pact file gets the
 * verdicts a recorded response would: not a regular file, over the size or nesting limits, not
 * UTF-8, malformed (with line and column), duplicate keys. Its text then goes to Pact's own reader, which understands every specification version (V2's
 * {@code $.body} rule paths, V3 categories, V4's typed interactions and encoded bodies).
 */
final class PactFileReader {

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

    private final SeverityPolicy policy;
    private final JsonFiles files;
    private final JsonMapper mapper;

    PactFileReader(SeverityPolicy policy, Limits limits) {
        this.policy = policy;
        this.files = new JsonFiles(limits, new PolicyLabels(policy));
        this.mapper = JsonReading.lenientMapper(limits);
    }

    /** The mapper for the JSON inside a pact (its bodies), under the same limits as the file. */
    JsonMapper mapper() {
        return mapper;
    }

    Outcome read(Path file) {
        ParsedDocument read = files.read(file);
        List<Violation> duplicates = read.readViolations().stream().filter(v -> v.rule() == Rule.DUPLICATE_KEY).toList();
        if (read.tree() == null || duplicates.size() < read.readViolations().size()) {
            return new Refused(read.readViolations());
        }
        JsonNode json = read.tree();
        if (!json.isObject() || !(json.path("interactions").isArray() || json.path("messages").isArray())) {
            return refused(Rule.UNREADABLE, "not a pact file: it has no \"interactions\" array (nor the \"messages\" of a V3 message pact)");
        }
        String text;
        try {
            text = read.source().text();
        } catch (CharacterCodingException e) {
            return refused(Rule.UNREADABLE, "the file could not be read as UTF-8");
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
