package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The poll-sequence rules of one schema, read from {@code dev/runspec/schemas/<id>.sequence.json}
 * (generated from {@code schemas/spec/<id>.sequence.md}): the run id and status members, the
 * terminal statuses, the allowed transitions and the rule rows.
 */
record SequenceRules(String schemaId, String runId, String status, Set<String> terminal,
        Map<String, Set<String>> transitions, List<Row> rows, List<String> trackedMembers) {

    /** How a rule row compares the earlier and the later response of a run. */
    enum Shape {
        TERMINAL, TRANSITION, FOLLOWS, CONSTANT, NON_DECREASING, SET_ONCE, RESET, KEPT;

        static Shape of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** {@code member in values} (or {@code not in}), read on the later response. */
    record When(String member, boolean negated, Set<String> values) {

        boolean holds(JsonNode document) {
            JsonNode value = document.get(member);
            boolean in = value != null && (value.isString() || value.isNumber()) && values.contains(value.asString());
            return negated ? !in && value != null && (value.isString() || value.isNumber()) : in;
        }
    }

    /** One rule row. */
    record Row(Rule rule, Shape shape, When when, List<String> members, Set<String> from, Set<String> to, String statement) {
    }

    private static final Map<String, SequenceRules> BUNDLED = loadBundled();

    /** The bundled rules for {@code schemaId}, or {@code null} when the schema has no sequence table. */
    static SequenceRules bundled(String schemaId) {
        return BUNDLED.get(schemaId);
    }

    private static Map<String, SequenceRules> loadBundled() {
        Map<String, SequenceRules> all = new LinkedHashMap<>();
        BundledRuleTables.sequenceTables().forEach((id, table) -> all.put(id, of(table)));
        return Map.copyOf(all);
    }

    static SequenceRules of(JsonNode table) {
        String schemaId = table.get("schema").asString();
        Map<String, Set<String>> transitions = new LinkedHashMap<>();
        table.get("transitions").properties().forEach(e -> transitions.put(e.getKey(), strings(e.getValue())));
        List<Row> rows = new ArrayList<>();
        Set<String> tracked = new LinkedHashSet<>();
        String status = table.get("status").asString();
        tracked.add(status);
        for (JsonNode row : table.get("rules")) {
            Rule rule = Rule.define(row.get("id").asString(), Severity.fromId(row.get("severity").asString()), BundledRuleTables.statement(row));
            JsonNode when = row.get("when");
            List<String> members = List.copyOf(strings(row.get("members")));
            tracked.addAll(members);
            rows.add(new Row(rule, Shape.of(row.get("shape").asString()),
                    when == null ? null : new When(when.get("member").asString(), when.get("negated").asBoolean(), strings(when.get("values"))),
                    members, strings(row.get("from")), strings(row.get("to")), BundledRuleTables.statement(row)));
        }
        return new SequenceRules(schemaId, table.get("runId").asString(), status, strings(table.get("terminal")),
                Map.copyOf(transitions), List.copyOf(rows), List.copyOf(tracked));
    }

    boolean isTerminal(JsonNode status) {
        return status != null && status.isString() && terminal.contains(status.asString());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
