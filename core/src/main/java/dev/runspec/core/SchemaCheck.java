package dev.runspec.core;

import dev.runspec.core.internal.ParsedDocument;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.core.internal.SourceLocator;
import dev.runspec.core.internal.SourceText;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.networknt.schema.Error;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check of one parsed document: the schema picked by shape when asked for {@code auto}, the
 * engine's errors translated into runspec's violations, each placed at its line and column.
 */
final class SchemaCheck {

    private final SchemaCatalogue catalogue;
    private final PolicyLabels labels;
    private final JsonMapper lenient;

    SchemaCheck(SchemaCatalogue catalogue, PolicyLabels labels, JsonMapper lenient) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.lenient = lenient;
    }

    ValidationResult check(String requestedId, ParsedDocument document) {
        JsonNode tree = document.tree();
        if (tree == null) {
            return new ValidationResult(requestedId, document.readViolations(), null);
        }
        String schemaId = requestedId;
        if (RunValidator.AUTO.equals(requestedId)) {
            Optional<SchemaInfo> detected = catalogue.detect(tree);
            if (detected.isEmpty()) {
                List<Violation> violations = new ArrayList<>(document.readViolations());
                violations.add(labels.violation("", Rule.UNDETECTED_SCHEMA, null, Subjects.actual(tree),
                        "cannot tell which schema " + (tree.isObject() ? "this document follows" : "fits " + Subjects.typeOf(tree)),
                        1, 1));
                return new ValidationResult(requestedId, violations, tree);
            }
            schemaId = detected.get().id();
        }
        List<Error> errors = catalogue.compiled(schemaId).validate(tree);
        if (errors.isEmpty() && document.readViolations().isEmpty()) {
            return new ValidationResult(schemaId, List.of(), tree);
        }
        List<EngineErrorTranslator.Draft> drafts = new ArrayList<>(errors.size());
        Set<String> pointers = new HashSet<>();
        for (Error error : errors) {
            EngineErrorTranslator.Draft draft = EngineErrorTranslator.translate(error);
            drafts.add(draft);
            pointers.add(draft.pointer());
        }
        Map<String, int[]> positions = positions(document.source(), pointers, !document.readViolations().isEmpty());
        List<Violation> violations = new ArrayList<>(document.readViolations());
        for (EngineErrorTranslator.Draft draft : drafts) {
            int[] at = positions.getOrDefault(draft.pointer(), new int[] {0, 0});
            violations.add(labels.violation(draft.pointer(), draft.rule(), draft.expected(), draft.actual(), draft.message(), at[0], at[1]));
        }
        return new ValidationResult(schemaId, violations, tree);
    }

    private Map<String, int[]> positions(SourceText source, Set<String> pointers, boolean duplicatesPossible) {
        if (source == null || pointers.isEmpty()) {
            return Map.of();
        }
        try {
            return SourceLocator.locate(source.text(), pointers, lenient, duplicatesPossible);
        } catch (CharacterCodingException e) {
            return Map.of();
        }
    }
}
