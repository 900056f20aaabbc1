package dev.runspec.core.internal;

import dev.runspec.core.LifecycleRule;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>One row of a generated {@code <id>.lifecycle.json}, ready to evaluate: its rule, its shape,
 * the members it reads and the condition under which it applies.
 *
 * @param earlier the earlier member of an {@code order} or {@code difference} row
 * @param later the later member of an {@code order} or {@code difference} row
 * @param comparesNumbers whether an {@code order} row compares numbers rather than timestamps
 * @param member the member an {@code present}, {@code absent}, {@code not-empty}, {@code range},
 *     {@code difference} or {@code values} row checks
 */
public record LifecycleRow(LifecycleRule info, Shape shape, String whenMember, Set<String> whenValues, boolean whenNegated,
        String member, String earlier, String later, long allowanceMillis, boolean comparesNumbers, BigDecimal min,
        BigDecimal max, boolean milliseconds, Set<String> values) {

    /** What a row checks. */
    public enum Shape {
        ORDER, PRESENT, ABSENT, NOT_EMPTY, RANGE, DIFFERENCE, VALUES;

        static Shape of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** The rule this row states. */
    public Rule rule() {
        return info.rule();
    }

    /**
     * Reads one rule of a generated table and defines its rule.
     *
     * @throws IllegalArgumentException naming the table and line when the rule id is already
     *     known with another default severity
     */
    static LifecycleRow read(String schemaId, String table, JsonNode row) {
        String id = row.get("id").asString();
        Severity severity = Severity.fromId(row.get("severity").asString());
        String statement = row.get("statement").asString();
        Rule rule;
        try {
            rule = Rule.define(id, severity, statement);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table + ":" + row.path("line").asInt() + ": " + e.getMessage(), e);
        }
        JsonNode when = row.get("when");
        String whenMember = null;
        Set<String> whenValues = Set.of();
        boolean negated = false;
        String whenText = "";
        if (when != null && when.isObject()) {
            whenMember = when.get("member").asString();
            negated = when.has("notIn");
            whenValues = strings(negated ? when.get("notIn") : when.get("in"));
            whenText = whenMember + (negated ? " not in " : " in ") + String.join(", ", list(negated ? when.get("notIn") : when.get("in")));
        }
        JsonNode members = row.get("members");
        Shape shape = Shape.of(row.get("shape").asString());
        LifecycleRule info = new LifecycleRule(schemaId, rule, row.get("shape").asString(), whenText,
                row.path("expression").asString(""), statement, row.get("source").asString(), row.get("basis").asString());
        return new LifecycleRow(info, shape, whenMember, whenValues, negated,
                text(members, "member"), text(members, "earlier"), text(members, "later"),
                members.path("allowanceMillis").asLong(0), "numbers".equals(text(members, "compare")),
                members.has("min") ? new BigDecimal(members.get("min").asString()) : null,
                members.has("max") ? new BigDecimal(members.get("max").asString()) : null,
                "ms".equals(text(members, "unit")),
                members.has("in") ? strings(members.get("in")) : Set.of());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null ? null : value.asString();
    }

    private static Set<String> strings(JsonNode array) {
        return Set.copyOf(list(array));
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
