package dev.runspec.pact;

import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import au.com.dius.pact.core.model.generators.Category;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.generators.ProviderStateGenerator;
import dev.runspec.core.internal.schema.MemberPath;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.core.internal.schema.ValueCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * The verdict on one interaction: its response body (or a message's contents) validated against the mapped schema, plus a
 * {@code loose-matcher} finding for each matching rule that accepts values the schema rejects.
 */
final class InteractionCheck {

    private final RunValidator validator;
    private final JsonMapper json;
    private final String schemaId;
    private final InteractionSource source;
    private final int index;

    InteractionCheck(RunValidator validator, JsonMapper json, String schemaId, InteractionSource source, int index) {
        this.validator = validator;
        this.json = json;
        this.schemaId = schemaId;
        this.source = source;
        this.index = index;
    }

    /**
     * The verdict on the response. Duplicate keys the file's reading found inside this body are
     * taken from {@code duplicates} and reported here, at their place in the body.
     */
    ValidationResult run(OptionalBody content, MatchingRules rules, Generators generators, List<Violation> duplicates) {
        String bodyPointer = source.bodyPointer(index);
        List<Violation> violations = new ArrayList<>(claim(bodyPointer, duplicates));
        JsonNode body;
        try {
            body = json.readTree(content.valueAsString());
        } catch (JacksonException e) {
            violations.add(violation("", Rule.MALFORMED_JSON, null, null,
                    "the response body is not JSON: " + Texts.shorten(String.valueOf(e.getOriginalMessage())), near(bodyPointer, "")));
            return ValidationResult.of(schemaId, violations);
        }
        for (Violation v : LeftOutMembers.collapse(schemaId, leftOutIsNotALifecycleBreak(body,
                validator.validate(schemaId, body).violations()))) {
            int[] at = near(bodyPointer, v.pointer());
            List<RelatedLocation> related = new ArrayList<>(v.related().size());
            for (RelatedLocation other : v.related()) {
                int[] there = near(bodyPointer, other.pointer());
                related.add(new RelatedLocation(other.description(), other.input(), other.pointer(), there[0], there[1]));
            }
            violations.add(new Violation(v.pointer(), v.rule(), v.severity(), v.expected(), v.actual(), v.message(), at[0], at[1],
                    related));
        }
        for (LooseMatchers.Finding finding : validator.policy().isOff(Rule.LOOSE_MATCHER) ? List.<LooseMatchers.Finding>of()
                : matchers(rules, generators).review(body)) {
            String pointer = MemberPath.pointer(finding.path());
            int[] at = ruleOrValue(finding.rulePath(), bodyPointer, pointer);
            violations.add(violation(pointer, Rule.LOOSE_MATCHER, finding.expected(), finding.matcher(), finding.message(), at));
        }
        return ValidationResult.of(schemaId, violations);
    }

    String schemaId() {
        return schemaId;
    }

    /**
     * A contract's body holds the members its consumer reads and leaves the others out, so a
     * lifecycle rule that wants a member present judges only a member the body has (a {@code null}
     * end time breaks it; an end time the consumer never reads does not).
     */
    private List<Violation> leftOutIsNotALifecycleBreak(JsonNode body, List<Violation> violations) {
        Set<Rule> lifecycle = new HashSet<>();
        if (validator.catalogue().find(schemaId).isPresent()) {
            validator.catalogue().lifecycleRules(schemaId).forEach(rule -> lifecycle.add(rule.rule()));
        }
        if (lifecycle.isEmpty()) {
            return violations;
        }
        return violations.stream()
                .filter(v -> !lifecycle.contains(v.rule()) || !body.at(v.pointer()).isMissingNode())
                .toList();
    }

    /** The review of the body matching rules against the schema. */
    LooseMatchers matchers(MatchingRules rules, Generators generators) {
        Set<String> fromProviderState = new HashSet<>();
        var body = generators.categoryFor(Category.BODY);
        (body == null ? java.util.Map.<String, au.com.dius.pact.core.model.generators.Generator>of() : body).forEach((path, generator) -> {
            if (generator instanceof ProviderStateGenerator) {
                fromProviderState.add(path);
            }
        });
        return new LooseMatchers(SchemaTree.of(validator.catalogue(), schemaId), new ValueCheck(validator, schemaId),
                rules.rulesForCategory("body").getMatchingRules(), fromProviderState);
    }

    /** The body as JSON, or null when it is not JSON. */
    JsonNode body(OptionalBody content) {
        try {
            return json.readTree(content.valueAsString());
        } catch (JacksonException e) {
            return null;
        }
    }

    private static List<Violation> claim(String bodyPointer, List<Violation> duplicates) {
        List<Violation> mine = new ArrayList<>();
        if (bodyPointer == null) {
            return mine;
        }
        for (Iterator<Violation> it = duplicates.iterator(); it.hasNext(); ) {
            Violation v = it.next();
            if (v.pointer().equals(bodyPointer) || v.pointer().startsWith(bodyPointer + "/")) {
                mine.add(new Violation(v.pointer().substring(bodyPointer.length()), v.rule(), v.severity(), v.expected(),
                        v.actual(), v.message(), v.line(), v.column()));
                it.remove();
            }
        }
        return mine;
    }

    private Violation violation(String pointer, Rule rule, Object expected, Object actual, String message, int[] at) {
        return new Violation(pointer, rule, validator.policy().severityOf(rule), expected, actual, message, at[0], at[1]);
    }

    private int[] ruleOrValue(String rulePath, String bodyPointer, String pointer) {
        String rule = source.rulePointer(index, rulePath);
        int[] at = rule == null ? null : source.positions().at(rule);
        return at != null ? at : near(bodyPointer, pointer);
    }

    private int[] near(String bodyPointer, String pointer) {
        int[] at = bodyPointer == null ? null : source.positions().near(bodyPointer + pointer);
        return at == null ? new int[] {0, 0} : at;
    }
}
