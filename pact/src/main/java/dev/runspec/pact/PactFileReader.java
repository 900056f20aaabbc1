package dev.runspec.pact;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a pact file twice: with Jackson, for a clear message when it is not JSON and for the
 * position of every value; then with Pact's own reader, which understands every specification
 * version (V2's {@code $.body} rule paths, V3 categories, V4's typed interactions and encoded bodies).
 */
final class PactFileReader {

    /** What reading gave: the pact, or why there is none. */
    sealed interface Outcome {
    }

    /** A readable pact with the JSON it came from. */
    record Loaded(Pact pact, JsonNode json, SourcePositions positions) implements Outcome {

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

    /** Not a pact runspec can check, with the rule and message to report and where. */
    record Refused(Rule rule, String message, int line, int column) implements Outcome {
    }

    private final Limits limits;
    private final JsonMapper mapper;

    PactFileReader(Limits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    Outcome read(Path file) {
        if (Files.isDirectory(file)) {
            return new Refused(Rule.UNREADABLE, "it is a directory, not a pact file", 0, 0);
        }
        if (!Files.isRegularFile(file)) {
            return new Refused(Rule.UNREADABLE, Files.exists(file) ? "it is not a regular file" : "no such file", 0, 0);
        }
        String text;
        try {
            if (Files.size(file) > limits.maxDocumentBytes()) {
                return new Refused(Rule.LIMIT_EXCEEDED, "the pact file is " + Files.size(file)
                        + " bytes, more than the limit of " + limits.maxDocumentBytes(), 0, 0);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Refused(Rule.UNREADABLE, "the pact file is not UTF-8 text", 0, 0);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Refused(Rule.UNREADABLE, "the file could not be read: " + e.getMessage(), 0, 0);
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String reason = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage().lines().findFirst().orElse("");
            return new Refused(Rule.MALFORMED_JSON, "the pact file is not JSON: " + Texts.shorten(reason),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        if (json == null || !json.isObject() || !json.path("interactions").isArray()) {
            return new Refused(Rule.UNREADABLE, "not a pact file: it has no \"interactions\" array", 1, 1);
        }
        Pact pact;
        try {
            pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Refused(Rule.UNREADABLE, "Pact cannot read this file: " + Texts.shorten(reason), 1, 1);
        }
        return new Loaded(pact, json, SourcePositions.of(text, mapper));
    }
}
