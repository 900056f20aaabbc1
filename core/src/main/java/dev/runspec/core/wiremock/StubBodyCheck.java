package dev.runspec.core.wiremock;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.core.internal.ShortText;
import dev.runspec.core.internal.SourceLocator;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The check of the body one stub would serve, against the schema its request maps to:
 * {@code jsonBody} in place (line and column in the mapping file), a {@code body} string (placed on
 * the string in the mapping file), a {@code bodyFileName} under {@code __files} (line and column in
 * that file, which each violation names). Bodies WireMock renders as templates, and bodies that are
 * not JSON, are noted as not checked with the reason.
 */
final class StubBodyCheck {

    private final RunValidator validator;
    private final JsonMapper mapper;
    private final PolicyLabels labels;
    private final StubMappingReader.Loaded file;
    private final Path mappingFile;
    private final String name;
    private Map<String, int[]> positions;

    StubBodyCheck(RunValidator validator, JsonMapper mapper, StubMappingReader.Loaded file, Path mappingFile, String name) {
        this.validator = validator;
        this.mapper = mapper;
        this.labels = new PolicyLabels(validator.policy());
        this.file = file;
        this.mappingFile = mappingFile;
        this.name = name;
    }

    /** The verdict on the stub's body, or null when it serves none that runspec can read (no body, a fault). */
    StubVerdict check(Stub stub, String schemaId, List<Violation> duplicates) {
        String input = name + "#" + stub.label();
        JsonNode response = stub.response();
        String declared = stub.contentType();
        String notJson = declared != null && !declared.toLowerCase(Locale.ROOT).contains("json")
                ? "the stub serves " + ShortText.of(declared) + ", not JSON, so its body is not checked against " + schemaId : null;
        if (response.has("jsonBody")) {
            String pointer = stub.responsePointer("jsonBody");
            JsonNode body = response.get("jsonBody");
            String text = mapper.writeValueAsString(body);
            if (stub.templated() || text.contains("{{")) {
                return note(input, schemaId, pointer, templated(stub, schemaId));
            }
            if (notJson != null) {
                return note(input, schemaId, pointer, notJson);
            }
            List<Violation> violations = new ArrayList<>(claim(pointer, duplicates));
            for (Violation v : validator.validate(schemaId, body).violations()) {
                int[] at = at(pointer + v.pointer());
                violations.add(v.withPosition(at[0], at[1]));
            }
            return new StubVerdict(input, text, ValidationResult.of(schemaId, violations));
        }
        if (response.path("body").isString()) {
            String pointer = stub.responsePointer("body");
            String text = response.get("body").asString();
            if (stub.templated() || text.contains("{{")) {
                return note(input, schemaId, pointer, templated(stub, schemaId));
            }
            if (notJson != null) {
                return note(input, schemaId, pointer, notJson);
            }
            int[] at = at(pointer);
            List<Violation> violations = validator.validate(schemaId, text).violations().stream()
                    .map(v -> v.withPosition(at[0], at[1])).toList();
            return new StubVerdict(input, text, ValidationResult.of(schemaId, violations));
        }
        if (response.path("bodyFileName").isString()) {
            return bodyFile(stub, input, schemaId, response.get("bodyFileName").asString(), notJson);
        }
        if (response.has("base64Body")) {
            return note(input, schemaId, stub.responsePointer("base64Body"),
                    "the stub serves a base64Body, which is not checked against " + schemaId);
        }
        if (response.path("proxyBaseUrl").isString()) {
            return note(input, schemaId, stub.responsePointer("proxyBaseUrl"), "the stub proxies to "
                    + ShortText.of(response.get("proxyBaseUrl").asString()) + ", so what it serves is not known here");
        }
        return null;
    }

    private StubVerdict bodyFile(Stub stub, String input, String schemaId, String fileName, String notJson) {
        String pointer = stub.responsePointer("bodyFileName");
        if (fileName.contains("{{")) {
            return note(input, schemaId, pointer, "the stub's bodyFileName is a template, so its body is not checked against " + schemaId);
        }
        Path folder = StubMappingFiles.filesFolder(mappingFile);
        Path body;
        try {
            body = folder.resolve(fileName).normalize();
        } catch (InvalidPathException e) {
            return refusal(input, schemaId, pointer, "bodyFileName '" + ShortText.of(fileName) + "' is not a valid path");
        }
        if (!body.startsWith(folder)) {
            return refusal(input, schemaId, pointer, "bodyFileName '" + ShortText.of(fileName) + "' leads out of " + StubMappingFiles.FILES);
        }
        String display = display(body);
        if (notJson != null) {
            return note(input, schemaId, pointer, notJson);
        }
        if (stub.templated() || mentionsTemplate(body)) {
            return note(input, schemaId, pointer, templated(stub, schemaId));
        }
        ValidationResult result = validator.validate(schemaId, body);
        List<Violation> violations = new ArrayList<>();
        for (Violation v : result.violations()) {
            if (v.rule() == Rule.UNREADABLE) {
                int[] at = at(pointer);
                violations.add(v.withMessage("the body file " + display + " cannot be read: " + v.message()).withPosition(at[0], at[1]));
            } else {
                violations.add(v.withRelated(List.of(new RelatedLocation("in the body file", display, v.pointer(), v.line(), v.column()))));
            }
        }
        String text = result.document().map(Object::toString).orElse(null);
        return new StubVerdict(input, text, ValidationResult.of(schemaId, violations));
    }

    private static boolean mentionsTemplate(Path body) {
        try {
            return Files.size(body) <= 16L * 1024 * 1024 && new String(Files.readAllBytes(body), StandardCharsets.UTF_8).contains("{{");
        } catch (IOException e) {
            return false;
        }
    }

    /** The body file as reports name it: beside the mapping file's name, as the name gives its folder. */
    private String display(Path body) {
        try {
            Path named = Path.of(name);
            Path relative = mappingFile.toAbsolutePath().normalize().getParent().relativize(body);
            Path shown = named.getParent() == null ? Path.of(relative.toString()) : named.getParent().resolve(relative.toString());
            return shown.normalize().toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return body.toString().replace('\\', '/');
        }
    }

    private static String templated(Stub stub, String schemaId) {
        return (stub.templated() ? "the stub's response is a template (transformers: response-template)"
                : "the stub's body holds {{...}}, a template") + ", so what it serves is known only when WireMock renders it;"
                + " not checked against " + schemaId + " (the runspec-wiremock extension checks the rendered body)";
    }

    private StubVerdict note(String input, String schemaId, String pointer, String reason) {
        int[] at = at(pointer);
        return new StubVerdict(input, null, ValidationResult.of(schemaId,
                List.of(labels.violation("", Rule.UNDETECTED_SCHEMA, "application/json", null, reason, at[0], at[1]))));
    }

    private StubVerdict refusal(String input, String schemaId, String pointer, String reason) {
        int[] at = at(pointer);
        return new StubVerdict(input, null, ValidationResult.of(schemaId,
                List.of(labels.violation("", Rule.UNREADABLE, null, null, reason, at[0], at[1]))));
    }

    private static List<Violation> claim(String bodyPointer, List<Violation> duplicates) {
        List<Violation> mine = new ArrayList<>();
        for (Iterator<Violation> it = duplicates.iterator(); it.hasNext(); ) {
            Violation v = it.next();
            if (v.pointer().equals(bodyPointer) || v.pointer().startsWith(bodyPointer + "/")) {
                mine.add(v.withPointer(v.pointer().substring(bodyPointer.length())));
                it.remove();
            }
        }
        return mine;
    }

    /** Line and column of a pointer in the mapping file (of its nearest placed ancestor), or 0:0. */
    private int[] at(String pointer) {
        if (positions == null) {
            positions = Map.of();
            try {
                positions = SourceLocator.locateAll(file.source().text(), mapper);
            } catch (CharacterCodingException | RuntimeException e) {
                // The file was read once already; unplaced findings keep 0:0.
            }
        }
        for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            int[] found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
        }
    }

}
