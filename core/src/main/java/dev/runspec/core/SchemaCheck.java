package dev.runspec.core;

import dev.runspec.core.internal.LifecycleCheck;
import dev.runspec.core.internal.LifecycleFinding;
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
import java.util.function.Predicate;

/**
 * The check of one parsed document: the schema picked by shape when asked for {@code auto}, the
 * engine's errors translated into runspec's violations, then the schema's lifecycle rules on the
 * same tree (skipping members the schema already faults), each violation placed at its line and
 * column with the other members it names. Rules the policy turns off are neither run nor reported.
 */
final class SchemaCheck {

    private final SchemaCatalogue catalogue;
    private final PolicyLabels labels;
    private final JsonMapper lenient;
    private final boolean lifecycleRules;
    private final Predicate<Rule> enabled;

    SchemaCheck(SchemaCatalogue catalogue, PolicyLabels labels, JsonMapper lenient, boolean lifecycleRules) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.lenient = lenient;
        this.lifecycleRules = lifecycleRules;
        this.enabled = rule -> !labels.isOff(rule);
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
        LifecycleCheck lifecycle = lifecycleRules ? catalogue.lifecycleCheck(schemaId) : LifecycleCheck.none();
        List<Violation> read = document.readViolations();
        if (errors.isEmpty() && read.isEmpty()) {
            List<LifecycleFinding> findings = lifecycle.check(tree, Set.of(), enabled);
            if (findings.isEmpty()) {
                return new ValidationResult(schemaId, List.of(), tree);
            }
            return new ValidationResult(schemaId, place(document, List.of(), List.of(), findings), tree);
        }
        List<EngineErrorTranslator.Draft> drafts = new ArrayList<>(errors.size());
        Set<String> faulted = new HashSet<>();
        for (Error error : errors) {
            EngineErrorTranslator.Draft draft = EngineErrorTranslator.translate(error);
            faulted.add(draft.pointer());
            if (enabled.test(draft.rule())) {
                drafts.add(draft);
            }
        }
        List<LifecycleFinding> findings = lifecycle.check(tree, faulted, enabled);
        List<Violation> kept = read.stream().filter(v -> enabled.test(v.rule())).toList();
        return new ValidationResult(schemaId, place(document, kept, drafts, findings), tree);
    }

    private List<Violation> place(ParsedDocument document, List<Violation> read, List<EngineErrorTranslator.Draft> drafts,
            List<LifecycleFinding> findings) {
        Set<String> pointers = new HashSet<>();
        drafts.forEach(draft -> pointers.add(draft.pointer()));
        for (LifecycleFinding finding : findings) {
            pointers.add(finding.pointer());
            finding.related().forEach(related -> pointers.add(related.pointer()));
        }
        Map<String, int[]> positions = positions(document.source(), pointers, !document.readViolations().isEmpty());
        List<Violation> violations = new ArrayList<>(read);
        for (EngineErrorTranslator.Draft draft : drafts) {
            int[] at = positions.getOrDefault(draft.pointer(), UNKNOWN);
            violations.add(labels.violation(draft.pointer(), draft.rule(), draft.expected(), draft.actual(), draft.message(), at[0], at[1]));
        }
        for (LifecycleFinding finding : findings) {
            int[] at = positions.getOrDefault(finding.pointer(), UNKNOWN);
            List<RelatedLocation> related = new ArrayList<>(finding.related().size());
            for (LifecycleFinding.Related other : finding.related()) {
                int[] there = positions.getOrDefault(other.pointer(), UNKNOWN);
                related.add(new RelatedLocation(other.description(), null, other.pointer(), there[0], there[1]));
            }
            violations.add(labels.violation(finding.pointer(), finding.rule(), finding.expected(), finding.actual(),
                    finding.message(), at[0], at[1]).withRelated(related));
        }
        return violations;
    }

    private static final int[] UNKNOWN = {0, 0};

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
