package dev.runspec.pact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * One subschema of a run schema with its {@code $ref} already followed: the member's own keywords
 * (type, description) over those of the definition it refers to.
 */
final class SchemaNode {

    private final SchemaTree tree;
    private final JsonNode node;

    SchemaNode(SchemaTree tree, JsonNode node) {
        this.tree = tree;
        this.node = node;
    }

    /** The JSON types the schema allows, {@code null} included; empty when it names none. */
    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type != null && type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    /** The first type other than {@code null}, or {@code null} when the schema names none. */
    String primaryType() {
        return types().stream().filter(t -> !t.equals("null")).findFirst().orElse(null);
    }

    boolean nullable() {
        Set<String> types = types();
        return types.isEmpty() || types.contains("null");
    }

    /** The values of a closed {@code enum}, {@code null} left out. */
    List<String> enumValues() {
        return texts(node.get("enum"));
    }

    /** The documented values of an open set ({@code x-known-values}). */
    List<String> knownValues() {
        return texts(node.get("x-known-values"));
    }

    String format() {
        JsonNode format = node.get("format");
        return format == null ? null : format.asString();
    }

    String pattern() {
        JsonNode pattern = node.get("pattern");
        return pattern == null ? null : pattern.asString();
    }

    /** True when the schema lists the object's members. */
    boolean documentsMembers() {
        return node.has("properties");
    }

    /** The documented member names, in schema order. */
    List<String> memberNames() {
        List<String> names = new ArrayList<>();
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.propertyNames().forEach(names::add);
        }
        return names;
    }

    /** The documented member of that name. */
    Optional<SchemaNode> member(String name) {
        JsonNode properties = node.get("properties");
        JsonNode member = properties == null ? null : properties.get(name);
        return member == null ? Optional.empty() : Optional.of(tree.resolve(member));
    }

    /** The schema of the array's items, when it gives one. */
    Optional<SchemaNode> items() {
        JsonNode items = node.get("items");
        return items == null || !items.isObject() ? Optional.empty() : Optional.of(tree.resolve(items));
    }

    FieldKind kind() {
        String type = primaryType();
        if (type == null) {
            return FieldKind.ANY;
        }
        switch (type) {
            case "array":
                return FieldKind.ARRAY;
            case "object":
                return FieldKind.OBJECT;
            case "integer":
                return FieldKind.INTEGER;
            case "number":
                return FieldKind.NUMBER;
            case "boolean":
                return FieldKind.BOOLEAN;
            default:
                break;
        }
        if (!enumValues().isEmpty()) {
            return FieldKind.ENUM;
        }
        if (!knownValues().isEmpty()) {
            return FieldKind.KNOWN_VALUES;
        }
        if ("uuid".equals(format())) {
            return FieldKind.UUID;
        }
        if ("date-time".equals(format())) {
            return FieldKind.DATE_TIME;
        }
        if (PortableRegex.PUBLISHED_DECIMAL.equals(pattern())) {
            return FieldKind.DECIMAL;
        }
        return pattern() != null ? FieldKind.PATTERN : FieldKind.STRING;
    }

    private static List<String> texts(JsonNode values) {
        List<String> out = new ArrayList<>();
        if (values != null && values.isArray()) {
            values.forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.isString() ? v.asString() : v.toString());
                }
            });
        }
        return out;
    }
}
