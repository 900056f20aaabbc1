package dev.runspec.generator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bundled run schema into a tree of {@link MemberSpec}s, following local {@code $ref}s
 * into {@code $defs} (a reference's siblings win over the definition, as in the schemas'
 * {@code "type": ["object", "null"], "$ref": ...} members). Nothing is fetched.
 *
 * <p>The pact module has a walker of its own ({@code SchemaTree}); it is tied to Pact's regex
 * dialect and matcher kinds, so the generator reads the few keywords it needs here instead.
 */
final class SchemaMembers {

    private static final int MAX_DEPTH = 12;

    private final JsonNode document;

    private SchemaMembers(JsonNode document) {
        this.document = document;
    }

    static MemberSpec read(JsonNode schemaDocument) {
        return new SchemaMembers(schemaDocument).spec(schemaDocument, 0);
    }

    private MemberSpec spec(JsonNode node, int depth) {
        JsonNode resolved = resolve(node);
        Set<String> types = new LinkedHashSet<>();
        boolean nullable = false;
        JsonNode type = resolved.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                types.add(each.asString());
            }
        } else if (type != null && type.isString()) {
            types.add(type.asString());
        }
        if (types.remove("null")) {
            nullable = true;
        }
        if (type == null) {
            nullable = true;
        }
        List<String> closed = new ArrayList<>();
        JsonNode values = resolved.get("enum");
        if (values != null) {
            for (JsonNode each : values) {
                if (each.isNull()) {
                    nullable = true;
                } else {
                    closed.add(each.asString());
                }
            }
        }
        List<String> known = new ArrayList<>();
        JsonNode knownValues = resolved.get("x-known-values");
        if (knownValues != null) {
            knownValues.forEach(each -> known.add(each.asString()));
        }
        Map<String, MemberSpec> members = new LinkedHashMap<>();
        JsonNode properties = resolved.get("properties");
        if (properties != null && depth < MAX_DEPTH) {
            properties.properties().forEach(e -> members.put(e.getKey(), spec(e.getValue(), depth + 1)));
            if (types.isEmpty()) {
                types.add("object");
            }
        }
        Set<String> required = new LinkedHashSet<>();
        JsonNode requiredNode = resolved.get("required");
        if (requiredNode != null) {
            requiredNode.forEach(each -> required.add(each.asString()));
        }
        JsonNode itemsNode = resolved.get("items");
        MemberSpec items = itemsNode != null && itemsNode.isObject() && depth < MAX_DEPTH ? spec(itemsNode, depth + 1) : null;
        JsonNode open = resolved.get("additionalProperties");
        MemberSpec openMembers = open != null && open.isObject() && depth < MAX_DEPTH ? spec(open, depth + 1) : null;
        return new MemberSpec(Collections.unmodifiableSet(types), nullable, List.copyOf(closed),
                List.copyOf(known), text(resolved, "format"), text(resolved, "pattern"), members, required, items,
                openMembers);
    }

    private static String text(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isString() ? value.asString() : "";
    }

    /** The node with its local reference merged in: definition first, the node's own keywords over it. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.isString() || !ref.asString().startsWith("#/$defs/")) {
            return node;
        }
        JsonNode definition = document.path("$defs").get(ref.asString().substring("#/$defs/".length()));
        if (definition == null || !definition.isObject()) {
            return node;
        }
        ObjectNode merged = ((ObjectNode) definition).deepCopy();
        node.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return resolve(merged);
    }
}
