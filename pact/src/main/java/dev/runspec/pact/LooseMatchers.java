package dev.runspec.pact;

import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import dev.runspec.core.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Finds the matching rules of a response body that accept values the schema rejects: for each
 * value of the body, the rule that governs it (its own, or a type rule cascading from an enclosing
 * object or array) is tried with {@link Probes}; a probe the rule lets through and the schema
 * rejects is the evidence. Each rule is reported once per member, not once per array item.
 */
final class LooseMatchers {

    /** One loose rule: where the value is, which rule path governs it, and what it lets through. */
    record Finding(List<Object> path, String rulePath, String message, Object expected, String matcher) {
    }

    private record Governing(RulePath path, List<MatchingRule> rules, RuleLogic logic, boolean cascaded) {
    }

    private final SchemaTree tree;
    private final ValueCheck check;
    private final List<RulePath> paths = new ArrayList<>();
    private final Map<String, MatchingRuleGroup> groups;

    LooseMatchers(SchemaTree tree, ValueCheck check, Map<String, MatchingRuleGroup> groups) {
        this.tree = tree;
        this.check = check;
        this.groups = groups;
        groups.keySet().forEach(key -> {
            RulePath path = RulePath.parse(key);
            if (path != null) {
                paths.add(path);
            }
        });
    }

    List<Finding> review(JsonNode body) {
        List<Finding> findings = new ArrayList<>();
        if (!paths.isEmpty()) {
            walk(List.of(), body, findings, new HashSet<>());
        }
        return findings;
    }

    private void walk(List<Object> path, JsonNode value, List<Finding> findings, Set<String> seen) {
        if (value.isObject()) {
            value.properties().forEach(e -> walk(MemberPath.child(path, e.getKey()), e.getValue(), findings, seen));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(MemberPath.child(path, i), value.get(i), findings, seen);
            }
        } else {
            Optional<SchemaNode> schema = tree.at(path);
            Governing governing = schema.isPresent() ? governing(path) : null;
            if (governing != null && seen.add(governing.path().text() + "|" + MemberPath.member(path, true))) {
                judge(path, value, schema.get(), governing).ifPresent(findings::add);
            }
        }
    }

    private Optional<Finding> judge(List<Object> path, JsonNode example, SchemaNode schema, Governing governing) {
        for (JsonNode probe : Probes.forMember(schema, governing.rules(), example)) {
            if (MatcherAcceptance.group(governing.rules(), governing.logic(), example, probe) != MatcherAcceptance.Verdict.ACCEPTS) {
                continue;
            }
            Violation rejected = check.firstError(path, probe);
            if (rejected != null) {
                return Optional.of(finding(path, example, probe, rejected, governing));
            }
        }
        return Optional.empty();
    }

    private Finding finding(List<Object> path, JsonNode example, JsonNode probe, Violation rejected, Governing governing) {
        String joiner = governing.logic() == RuleLogic.OR ? " or " : " and ";
        String matcher = governing.rules().stream().map(MatcherAcceptance::describe).collect(Collectors.joining(joiner));
        boolean typeOnly = governing.rules().stream().allMatch(MatcherAcceptance::isTypeLike);
        String accepts = typeOnly && example.isValueNode() && !example.isNull()
                ? "any " + jsonType(example) + ", such as " + Texts.quote(probe)
                : Texts.quote(probe);
        String message = MemberPath.member(path, false) + " is matched by " + matcher
                + (governing.cascaded() ? " (cascading from " + governing.path().text() + ")" : "")
                + ", which accepts " + accepts
                + (onlyInRustCore(governing, example, probe) ? " when the Rust Pact core matches it" : "")
                + "; expected " + expectation(rejected);
        return new Finding(path, governing.path().text(), message, rejected.expected(), matcher);
    }

    /** The rule at the value's own path, else a type rule on the nearest enclosing path. */
    private Governing governing(List<Object> path) {
        Governing own = best(path, false);
        if (own != null) {
            return own;
        }
        for (int length = path.size() - 1; length >= 0; length--) {
            Governing enclosing = best(path.subList(0, length), true);
            if (enclosing != null) {
                return enclosing;
            }
        }
        return null;
    }

    private Governing best(List<Object> path, boolean cascading) {
        RulePath best = null;
        int bestWeight = 0;
        for (RulePath candidate : paths) {
            int weight = candidate.weight(path);
            if (weight > bestWeight) {
                best = candidate;
                bestWeight = weight;
            }
        }
        if (best == null) {
            return null;
        }
        MatchingRuleGroup group = groups.get(best.text());
        List<MatchingRule> rules = cascading
                ? group.getRules().stream().filter(MatcherAcceptance::isTypeLike).toList()
                : group.getRules();
        return rules.isEmpty() ? null : new Governing(best, rules, group.getRuleLogic(), cascading);
    }

    /**
     * True when the rules let the probe through only as the Rust core (behind pact-js, pact-python
     * and pact-go) runs regexes, searching with Unicode classes, and not as pact-jvm does.
     */
    private static boolean onlyInRustCore(Governing governing, JsonNode example, JsonNode probe) {
        return MatcherAcceptance.group(governing.rules(), governing.logic(), example, probe, false)
                != MatcherAcceptance.Verdict.ACCEPTS;
    }

    private static String expectation(Violation rejected) {
        String message = rejected.message();
        int at = message.indexOf("; expected ");
        return at >= 0 ? message.substring(at + "; expected ".length()) : message;
    }

    private static String jsonType(JsonNode value) {
        if (value.isString()) {
            return "string";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isBoolean() ? "boolean" : "value";
    }
}
