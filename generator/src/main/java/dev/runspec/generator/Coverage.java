package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of documents shows of a schema, as targets such as {@code /gpu = A10G},
 * {@code /node_runs/[]/cost null}, {@code /model absent}, {@code /model present}: one per value
 * of every enum or known-values member, one for null of every nullable member, and absent and
 * present for every optional member, down through objects and array items.
 */
final class Coverage {

    private Coverage() {
    }

    /** Every target the schema has. */
    static Set<String> targets(SchemaNode spec) {
        Set<String> targets = new TreeSet<>();
        targets(spec, "", targets);
        return targets;
    }

    private static void targets(SchemaNode spec, String path, Set<String> into) {
        spec.members().forEach((name, member) -> {
            String p = path + "/" + name;
            if (member.allows("string")) {
                member.values().forEach(v -> into.add(p + " = " + v));
            }
            if (member.nullable()) {
                into.add(p + " null");
            }
            if (spec.isOptional(name)) {
                into.add(p + " absent");
                into.add(p + " present");
            }
            nested(member, p, into);
        });
    }

    private static void nested(SchemaNode member, String p, Set<String> into) {
        if (!member.members().isEmpty()) {
            targets(member, p, into);
        }
        member.items().filter(items -> !items.members().isEmpty())
                .ifPresent(items -> targets(items, p + "/[]", into));
    }

    /** The targets one document shows. */
    static Set<String> shown(JsonNode document, SchemaNode spec) {
        Set<String> shown = new TreeSet<>();
        shown(document, spec, "", shown);
        return shown;
    }

    private static void shown(JsonNode node, SchemaNode spec, String path, Set<String> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        spec.members().forEach((name, member) -> {
            String p = path + "/" + name;
            JsonNode value = node.get(name);
            if (value == null) {
                into.add(p + " absent");
                return;
            }
            into.add(p + " present");
            if (value.isNull()) {
                into.add(p + " null");
                return;
            }
            if (value.isString()) {
                into.add(p + " = " + value.asString());
            }
            if (!member.members().isEmpty()) {
                shown(value, member, p, into);
            }
            if (member.items().isPresent() && value.isArray()) {
                value.forEach(item -> shown(item, member.items().get(), p + "/[]", into));
            }
        });
    }
}
