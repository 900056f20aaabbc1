package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static final String PACKAGE = "dev/runspec/schemas/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, SequenceRules> BUNDLED = loadBundled();

    /** The bundled rules for {@code schemaId}, or {@code null} when the schema has no sequence table. */
    static SequenceRules bundled(String schemaId) {
        return BUNDLED.get(schemaId);
    }

    /** Makes every bundled {@code sequence-*} rule known to {@link Rule}, so policies can name them. */
    static void defineBundledRules() {
        // Loading this class reads every table and defines its rules. BUNDLED is still null only
        // when this class's own loading started Rule's, and then that loading defines them.
        if (BUNDLED != null) {
            BUNDLED.size();
        }
    }

    private static Map<String, SequenceRules> loadBundled() {
        ClassLoader loader = SequenceRules.class.getClassLoader();
        Map<String, SequenceRules> all = new LinkedHashMap<>();
        JsonNode catalogue = read(loader, PACKAGE + "catalogue.json");
        if (catalogue == null) {
            return all;
        }
        for (JsonNode item : catalogue.get("schemas")) {
            String id = item.get("id").asString();
            JsonNode table = read(loader, PACKAGE + id + ".sequence.json");
            if (table != null) {
                all.put(id, of(table));
            }
        }
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
            Rule rule = Rule.define(row.get("id").asString(), Severity.fromId(row.get("severity").asString()),
                    row.get("statement").asString().replace("`", ""));
            JsonNode when = row.get("when");
            List<String> members = List.copyOf(strings(row.get("members")));
            tracked.addAll(members);
            rows.add(new Row(rule, Shape.of(row.get("shape").asString()),
                    when == null ? null : new When(when.get("member").asString(), when.get("negated").asBoolean(), strings(when.get("values"))),
                    members, strings(row.get("from")), strings(row.get("to")), row.get("statement").asString().replace("`", "")));
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

    private static JsonNode read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
