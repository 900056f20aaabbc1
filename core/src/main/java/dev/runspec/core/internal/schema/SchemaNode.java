package dev.runspec.core.internal.schema;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>One subschema of a run schema with its {@code $ref} already followed: the member's own keywords
 * (type, description) over those of the definition it refers to. Members and items are read once,
 * when first asked for, so a generator can walk the same node for every document it makes.
 */
public final class SchemaNode {

    /** The providers' cost pattern, exactly as the schemas publish it (it needs a look-ahead). */
    public static final String PUBLISHED_DECIMAL = "^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$";

    private final SchemaTree tree;
    private final JsonNode node;
    private final Set<String> types;
    private final List<String> enumValues;
    private final List<String> knownValues;
    private final Set<String> required;
    private volatile Map<String, SchemaNode> members;
    private volatile Optional<SchemaNode> items;

    SchemaNode(SchemaTree tree, JsonNode node) {
        this.tree = tree;
        this.node = node;
        this.types = Collections.unmodifiableSet(readTypes(node.get("type")));
        this.enumValues = texts(node.get("enum"));
        this.knownValues = texts(node.get("x-known-values"));
        this.required = Set.copyOf(texts(node.get("required")));
    }

    /** The JSON types the schema allows, {@code null} included, in schema order; empty when it names none. */
    public Set<String> types() {
        return types;
    }

    /** True when the schema names this JSON type ({@code string}, {@code object}, ...). */
    public boolean allows(String type) {
        return types.contains(type);
    }

    /** The first type other than {@code null}, or {@code null} when the schema names none. */
    public String primaryType() {
        return types.stream().filter(t -> !t.equals("null")).findFirst().orElse(null);
    }

    /** True when {@code null} is allowed: the schema names it, or names no type at all. */
    public boolean nullable() {
        return types.isEmpty() || types.contains("null");
    }

    /** The values of a closed {@code enum}, {@code null} left out. */
    public List<String> enumValues() {
        return enumValues;
    }

    /** The documented values of an open set ({@code x-known-values}). */
    public List<String> knownValues() {
        return knownValues;
    }

    /** The closed values when there are any, else the known values (either may be empty). */
    public List<String> values() {
        return enumValues.isEmpty() ? knownValues : enumValues;
    }

    /** The {@code format} keyword, or null. */
    public String format() {
        JsonNode format = node.get("format");
        return format == null ? null : format.asString();
    }

    /** The {@code pattern} keyword, or null. */
    public String pattern() {
        JsonNode pattern = node.get("pattern");
        return pattern == null ? null : pattern.asString();
    }

    /** True when the schema lists the object's members. */
    public boolean documentsMembers() {
        return node.has("properties");
    }

    /** The documented member names, in schema order. */
    public List<String> memberNames() {
        return List.copyOf(members().keySet());
    }

    /** The documented members, in schema order; empty when the schema lists none. */
    public Map<String, SchemaNode> members() {
        Map<String, SchemaNode> read = members;
        if (read == null) {
            Map<String, SchemaNode> out = new LinkedHashMap<>();
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(e -> out.put(e.getKey(), tree.resolve(e.getValue())));
            }
            read = Collections.unmodifiableMap(out);
            members = read;
        }
        return read;
    }

    /** The documented member of that name. */
    public Optional<SchemaNode> member(String name) {
        return Optional.ofNullable(members().get(name));
    }

    /** True when an object need not carry this member (it is not {@code required}). */
    public boolean isOptional(String member) {
        return !required.contains(member);
    }

    /** The schema of the array's items, when it gives one. */
    public Optional<SchemaNode> items() {
        Optional<SchemaNode> read = items;
        if (read == null) {
            JsonNode schema = node.get("items");
            read = schema == null || !schema.isObject() ? Optional.empty() : Optional.of(tree.resolve(schema));
            items = read;
        }
        return read;
    }

    /** What the schema says about the value, in the terms that decide how one is made or matched. */
    public FieldKind kind() {
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
        if (!enumValues.isEmpty()) {
            return FieldKind.ENUM;
        }
        if (!knownValues.isEmpty()) {
            return FieldKind.KNOWN_VALUES;
        }
        if ("uuid".equals(format())) {
            return FieldKind.UUID;
        }
        if ("date-time".equals(format())) {
            return FieldKind.DATE_TIME;
        }
        if (PUBLISHED_DECIMAL.equals(pattern())) {
            return FieldKind.DECIMAL;
        }
        return pattern() != null ? FieldKind.PATTERN : FieldKind.STRING;
    }

    private static Set<String> readTypes(JsonNode type) {
        Set<String> out = new LinkedHashSet<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asString()));
        } else if (type != null && type.isString()) {
            out.add(type.asString());
        }
        return out;
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
        return List.copyOf(out);
    }
}
