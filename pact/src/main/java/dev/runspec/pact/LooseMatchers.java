package dev.runspec.pact;

import au.com.dius.pact.core.model.matchingrules.ArrayContainsMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.schema.MemberPath;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.core.internal.schema.ValueCheck;
import dev.runspec.pact.MatcherAcceptance.Engine;
import java.util.ArrayList;
import java.util.EnumSet;
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

    /**
     * One loose rule: where the value is, which rule path governs it, what it lets through and in
     * which engines ({@code engines}, never empty: a rule no engine lets the probe through is no finding).
     */
    record Finding(List<Object> path, String rulePath, String message, Object expected, String matcher,
            JsonNode example, JsonNode probe, List<MatchingRule> rules, RuleLogic logic, Set<Engine> engines) {
    }

    /** One value tried against the rules that govern a member: what {@link #review} judges. */
    record Trial(List<Object> path, List<MatchingRule> rules, RuleLogic logic, JsonNode example, JsonNode probe) {
    }

    /** The rules that govern a value; {@code within} names an enclosing arrayContains variant, {@code anchor} is the rule path in the file. */
    private record Governing(RulePath path, List<MatchingRule> rules, RuleLogic logic, boolean cascaded, String within,
            String anchor) {
    }

    private record Member(List<Object> path, JsonNode example, SchemaNode schema, Governing governing) {
    }

    /** The advice on a regex that lets a number through, where the usual fix is out of pact-js's reach. */
    static final String REGEX_ALONE = "; a type matcher next to the regex stops it (pact-jvm: PactDslJsonBody.and(name,"
            + " example, regex, type)); pact-js writes one matcher per member, so there check the value's type in the consumer";

    private final SchemaTree tree;
    private final ValueCheck check;
    private final List<RulePath> paths = new ArrayList<>();
    private final Map<String, MatchingRuleGroup> groups;
    /** Where the rules' root is: empty for a body's rules, the item's path for an arrayContains variant's. */
    private final List<Object> root;
    /** The enclosing arrayContains rule and variant, for messages and the rule's place in the file; null for a body's rules. */
    private final String within;
    private final String withinPath;

    /** Rule paths whose value the provider state supplies (a ProviderState generator, pact-js's fromProviderState). */
    private final Set<String> fromProviderState;

    LooseMatchers(SchemaTree tree, ValueCheck check, Map<String, MatchingRuleGroup> groups) {
        this(tree, check, groups, Set.of());
    }

    LooseMatchers(SchemaTree tree, ValueCheck check, Map<String, MatchingRuleGroup> groups, Set<String> fromProviderState) {
        this(tree, check, groups, List.of(), null, null, fromProviderState);
    }

    private LooseMatchers(SchemaTree tree, ValueCheck check, Map<String, MatchingRuleGroup> groups, List<Object> root,
            String within, String withinPath, Set<String> fromProviderState) {
        this.fromProviderState = fromProviderState;
        this.tree = tree;
        this.check = check;
        this.groups = groups;
        this.root = root;
        this.within = within;
        this.withinPath = withinPath;
        groups.keySet().forEach(key -> {
            RulePath path = RulePath.parse(key);
            if (path != null) {
                paths.add(path);
            }
        });
    }

    List<Finding> review(JsonNode body) {
        List<Finding> findings = new ArrayList<>();
        for (Member member : members(body)) {
            judge(member).ifPresent(findings::add);
        }
        return findings;
    }

    /** Every value {@link #review} tries, with the rules it tries it against. */
    List<Trial> trials(JsonNode body) {
        List<Trial> trials = new ArrayList<>();
        for (Member m : members(body)) {
            for (JsonNode probe : Probes.forMember(m.schema(), m.governing().rules(), m.example())) {
                trials.add(new Trial(m.path(), m.governing().rules(), m.governing().logic(), m.example(), probe));
            }
        }
        return trials;
    }

    private List<Member> members(JsonNode body) {
        List<Member> members = new ArrayList<>();
        if (!paths.isEmpty()) {
            walk(List.of(), body, members, new HashSet<>());
        }
        return members;
    }

    private void walk(List<Object> path, JsonNode value, List<Member> members, Set<String> seen) {
        if (value.isObject()) {
            value.properties().forEach(e -> walk(MemberPath.child(path, e.getKey()), e.getValue(), members, seen));
        } else if (value.isArray()) {
            Governing own = best(path, false);
            ArrayContainsMatcher contains = own == null ? null : own.rules().stream()
                    .filter(ArrayContainsMatcher.class::isInstance).map(ArrayContainsMatcher.class::cast).findFirst().orElse(null);
            if (contains != null) {
                // Each variant's rules apply to the item it was written from, rooted at that item.
                for (var variant : contains.getVariants()) {
                    int index = variant.getFirst();
                    if (index >= 0 && index < value.size()) {
                        List<Object> item = MemberPath.child(path, index);
                        new LooseMatchers(tree, check, variant.getSecond().getMatchingRules(), item,
                                "arrayContains variant " + index + " of " + own.path().text(),
                                withinPath != null ? withinPath : own.path().text(), Set.of())
                                .walk(item, value.get(index), members, seen);
                    }
                }
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                walk(MemberPath.child(path, i), value.get(i), members, seen);
            }
        } else {
            Optional<SchemaNode> schema = tree.at(path);
            Governing governing = schema.isPresent() ? governing(path) : null;
            if (governing != null && seen.add(governing.path().text() + "|" + MemberPath.member(path, true))) {
                members.add(new Member(path, value, schema.get(), governing));
            }
        }
    }

    /**
     * The first probe that some engine lets through and the schema rejects, preferring one that
     * every engine lets through, so that the finding holds wherever the pact is verified.
     */
    private Optional<Finding> judge(Member member) {
        Governing governing = member.governing();
        Finding partial = null;
        for (JsonNode probe : Probes.forMember(member.schema(), governing.rules(), member.example())) {
            Set<Engine> engines = EnumSet.noneOf(Engine.class);
            for (Engine engine : Engine.values()) {
                if (MatcherAcceptance.group(governing.rules(), governing.logic(), member.example(), probe, engine)
                        == MatcherAcceptance.Verdict.ACCEPTS) {
                    engines.add(engine);
                }
            }
            boolean everywhere = engines.size() == Engine.values().length;
            if (engines.isEmpty() || (!everywhere && partial != null)) {
                continue;
            }
            Violation rejected = check.firstError(member.path(), probe);
            if (rejected == null) {
                continue;
            }
            Finding finding = finding(member, probe, rejected, engines);
            if (everywhere) {
                return Optional.of(finding);
            }
            partial = finding;
        }
        return Optional.ofNullable(partial);
    }

    private Finding finding(Member member, JsonNode probe, Violation rejected, Set<Engine> engines) {
        Governing governing = member.governing();
        JsonNode example = member.example();
        List<Object> path = member.path();
        String joiner = governing.logic() == RuleLogic.OR ? " or " : " and ";
        String matcher = governing.rules().stream().map(MatcherAcceptance::describe).distinct()
                .collect(Collectors.joining(joiner));
        boolean typeOnly = governing.rules().stream().allMatch(MatcherAcceptance::isTypeLike);
        String accepts = typeOnly && example.isValueNode() && !example.isNull()
                ? "any " + jsonType(example) + ", such as " + Texts.quote(probe) + ","
                : Texts.quote(probe);
        String message = MemberPath.member(path, false) + " is matched by " + matcher
                + (governing.cascaded() ? " (cascading from " + governing.path().text() + ")" : "")
                + (governing.within() != null ? " (in " + governing.within() + ")" : "")
                + ", which accepts " + accepts + " " + where(engines)
                + "; expected " + expectation(rejected) + advice(governing, probe);
        return new Finding(path, governing.anchor(), message, rejected.expected(), matcher, example, probe,
                governing.rules(), governing.logic(), Set.copyOf(engines));
    }

    /**
     * What the pact's author can do where the obvious fix is out of reach of the pact library
     * they likely use: empty when there is nothing to add to the expectation.
     */
    private String advice(Governing governing, JsonNode probe) {
        boolean regex = governing.rules().stream().anyMatch(r -> r instanceof RegexMatcher);
        boolean typed = governing.rules().stream().anyMatch(MatcherAcceptance::isTypeLike);
        if (regex && !typed && governing.logic() == RuleLogic.AND && probe.isValueNode() && !probe.isString() && !probe.isNull()) {
            return REGEX_ALONE;
        }
        if (!regex && typed && !governing.cascaded() && fromProviderState.contains(governing.path().text())) {
            return "; its value comes from the provider state (pact-js's fromProviderState), which pact-js always matches by"
                    + " type: to check its form, match it with regex(...) and a fixed example instead, or check it in the consumer";
        }
        return "";
    }

    /** Which engines let the value through, named: a finding that holds in one engine only says so. */
    private static String where(Set<Engine> engines) {
        if (engines.size() == Engine.values().length) {
            return "in " + Engine.PACT_JVM.label() + " and in " + Engine.RUST_CORE.label();
        }
        Engine only = engines.iterator().next();
        Engine other = only == Engine.PACT_JVM ? Engine.RUST_CORE : Engine.PACT_JVM;
        return "in " + only.label() + " only (" + other.label() + " rejects it)";
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
        if (path.size() < root.size() || !path.subList(0, root.size()).equals(root)) {
            return null;
        }
        List<Object> relative = path.subList(root.size(), path.size());
        RulePath best = null;
        int bestWeight = 0;
        for (RulePath candidate : paths) {
            int weight = candidate.weight(relative);
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
        return rules.isEmpty() ? null
                : new Governing(best, rules, group.getRuleLogic(), cascading, within, withinPath != null ? withinPath : best.text());
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
