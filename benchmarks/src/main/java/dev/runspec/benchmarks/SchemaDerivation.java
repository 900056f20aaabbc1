package dev.runspec.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mechanical rewrite of a bundled draft 2020-12 schema for a peer that reads an older dialect.
 * The rules are few and fixed, so the peers check what runspec checks:
 *
 * <ul>
 *   <li>runspec's own {@code x-} keywords are dropped (they report warnings, never errors);
 *   <li>the subschemas under {@code properties}, {@code $defs}, {@code items} and
 *       {@code additionalProperties} are rewritten by the same rules;
 *   <li>{@code #/$defs/} references are renamed to the peer's definitions location;
 *   <li>a {@code $ref} with sibling keywords becomes {@code allOf: [{$ref}]} beside them, because
 *       draft-04 and OpenAPI 3.0 ignore the siblings of a {@code $ref};
 *   <li>everything else ({@code type}, {@code enum}, {@code format}, {@code pattern},
 *       {@code required}, {@code description}) is kept as it is, unless a subclass rewrites it.
 * </ul>
 */
abstract class SchemaDerivation {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String definitionsPrefix;

    SchemaDerivation(String definitionsPrefix) {
        this.definitionsPrefix = definitionsPrefix;
    }

    /** Rewrites one schema node and everything under it. */
    final JsonNode rewrite(JsonNode node) {
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            if (keyword.startsWith("x-")) {
                continue;
            }
            switch (keyword) {
                case "properties", "$defs" -> out.set(keyword, rewriteEach(value, this::rewrite));
                case "items", "additionalProperties" -> out.set(keyword, rewrite(value));
                case "$ref" -> out.put(keyword, value.asString().replace("#/$defs/", definitionsPrefix));
                default -> keyword(out, keyword, value);
            }
        }
        finish(out);
        return refAlone(out);
    }

    /** Adds what the peer's dialect needs once every keyword of a schema is written; by default, nothing. */
    void finish(ObjectNode out) {
    }

    /** Writes one keyword that has no rule above; by default, unchanged. */
    void keyword(ObjectNode out, String keyword, JsonNode value) {
        out.set(keyword, value.deepCopy());
    }

    static ObjectNode rewriteEach(JsonNode members, UnaryOperator<JsonNode> rewrite) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : members.properties()) {
            out.set(member.getKey(), rewrite.apply(member.getValue()));
        }
        return out;
    }

    private static ObjectNode refAlone(ObjectNode node) {
        if (!node.has("$ref") || node.size() == 1) {
            return node;
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (member.getKey().equals("$ref")) {
                out.putArray("allOf").addObject().set("$ref", member.getValue());
            } else {
                out.set(member.getKey(), member.getValue());
            }
        }
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
