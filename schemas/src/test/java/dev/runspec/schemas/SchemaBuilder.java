package dev.runspec.schemas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the JSON Schema (draft 2020-12) of one spec as a tree of maps, lists and strings.
 *
 * <p>Only the keywords core understands are used: no combinators; {@code additionalProperties} only
 * as a schema, from a model's {@code Other properties:} line. Nullability is a type list
 * ({@code ["string", "null"]}); a model in {@code $defs} declares no type, so the referencing
 * site's type decides whether null (or, in a union, a string) is allowed.
 */
final class SchemaBuilder {

    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_PREFIX = "https://runspec.dev/schemas/";

    private static final Map<String, String> PRIMITIVES = Map.ofEntries(
            Map.entry("str", "string"), Map.entry("string", "string"),
            Map.entry("date", "string"), Map.entry("datetime", "string"),
            Map.entry("int", "integer"), Map.entry("integer", "integer"),
            Map.entry("float", "number"), Map.entry("number", "number"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("object", "object"));
    private static final Set<String> ANY = Set.of("Any", "any");

    private final SchemaSpec spec;
    private final Map<String, ModelSpec> models = new LinkedHashMap<>();
    private final Set<String> usedModels = new LinkedHashSet<>();
    private final Set<String> usedEnums = new LinkedHashSet<>();
    private final Deque<ModelSpec> pending = new ArrayDeque<>();

    private SchemaBuilder(SchemaSpec spec) {
        this.spec = spec;
        spec.models().forEach(model -> models.put(model.name(), model));
    }

    /** The schema for {@code spec}, titled and described by its catalogue entry. */
    static Map<String, Object> build(SchemaSpec spec, CatalogueEntry entry) {
        return new SchemaBuilder(spec).schema(entry);
    }

    private Map<String, Object> schema(CatalogueEntry entry) {
        ModelSpec top = spec.top();
        if (top.freeForm()) {
            throw new SpecException(spec.source(), top.line(), "the top model '" + top.name() + "' has no fields");
        }
        usedModels.add(top.name());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DRAFT);
        schema.put("$id", ID_PREFIX + entry.id() + ".schema.json");
        schema.put("title", entry.title());
        schema.put("description", entry.description());
        schema.put("type", "object");
        schema.putAll(body(top));
        Map<String, Map<String, Object>> built = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            ModelSpec model = pending.pop();
            built.put(model.name(), definition(model));
        }
        Map<String, Object> defs = new LinkedHashMap<>();
        for (ModelSpec model : spec.models()) {
            if (built.containsKey(model.name())) {
                defs.put(model.name(), built.get(model.name()));
            }
        }
        if (!defs.isEmpty()) {
            schema.put("$defs", defs);
        }
        checkEverythingUsed();
        return schema;
    }

    private Map<String, Object> definition(ModelSpec model) {
        Map<String, Object> definition = new LinkedHashMap<>();
        if (!model.description().isEmpty()) {
            definition.put("description", model.description());
        }
        definition.putAll(body(model));
        return definition;
    }

    private Map<String, Object> body(ModelSpec model) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (model.reportUnknown()) {
            body.put("x-report-unknown-properties", true);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldSpec field : model.fields()) {
            properties.put(field.name(), property(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        body.put("properties", properties);
        if (model.otherProperties() != null) {
            body.put("additionalProperties", property(model.otherProperties()));
        }
        if (!required.isEmpty()) {
            body.put("required", required);
        }
        return body;
    }

    private Map<String, Object> property(FieldSpec field) {
        Fragment fragment = resolve(field.type(), field);
        if (field.format() != null) {
            if (fragment.format() != null && !fragment.format().equals(field.format())) {
                throw error(field, "the Type says format " + fragment.format() + " but the Format column says " + field.format());
            }
            fragment = fragment.withFormat(field.format());
        }
        if (field.values() != null) {
            EnumSpec values = spec.enums().get(field.values());
            if (values == null) {
                throw error(field, "Values names '" + field.values() + "' but there is no '## Enum: " + field.values() + "' section");
            }
            if (fragment.values() != null && fragment.values() != values) {
                throw error(field, "the Type names enum " + fragment.values().name() + " but Values names " + values.name());
            }
            usedEnums.add(values.name());
            fragment = fragment.withValues(values);
        }
        if ((fragment.format() != null || fragment.values() != null || field.pattern() != null)
                && !fragment.types().equals(List.of("string"))) {
            throw error(field, "Format, Values and Pattern apply to strings only, but the type is " + fragment.types());
        }
        return fragment.toSchema(field.nullable(), field.pattern(), field.description());
    }

    private Fragment resolve(TypeExpression type, FieldSpec field) {
        if (type instanceof TypeExpression.Named named) {
            return named(named, field);
        }
        if (type instanceof TypeExpression.ArrayOf array) {
            Fragment element = resolve(array.element(), field);
            Map<String, Object> items = element.types().isEmpty() ? null : element.toSchema(false, null, "");
            return new Fragment(List.of("array"), null, items, null, null);
        }
        if (type instanceof TypeExpression.MapOf map) {
            resolve(map.value(), field);
            return Fragment.of("object");
        }
        List<String> types = new ArrayList<>();
        String ref = null;
        for (TypeExpression member : ((TypeExpression.UnionOf) type).members()) {
            Fragment part = resolve(member, field);
            if (part.types().isEmpty() || part.items() != null || part.format() != null || part.values() != null) {
                throw error(field, "a union may combine at most one model with plain primitives");
            }
            if (part.ref() != null) {
                if (ref != null) {
                    throw error(field, "a union may combine at most one model with plain primitives");
                }
                ref = part.ref();
            }
            part.types().stream().filter(t -> !types.contains(t)).forEach(types::add);
        }
        return new Fragment(List.copyOf(types), ref, null, null, null);
    }

    private Fragment named(TypeExpression.Named named, FieldSpec field) {
        String name = named.name();
        if (named.format() != null) {
            if (!"string".equals(PRIMITIVES.get(name))) {
                throw error(field, "only strings carry a format, as in string<uuid>");
            }
            return Fragment.of("string").withFormat(named.format());
        }
        if (PRIMITIVES.containsKey(name)) {
            return Fragment.of(PRIMITIVES.get(name));
        }
        if (ANY.contains(name)) {
            return new Fragment(List.of(), null, null, null, null);
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (spec.enums().containsKey(simple)) {
            usedEnums.add(simple);
            return Fragment.of("string").withValues(spec.enums().get(simple));
        }
        ModelSpec model = models.get(simple);
        if (model == spec.top()) {
            throw error(field, "a field cannot refer back to the top model '" + simple + "'");
        }
        if (model == null) {
            throw error(field, "unknown type '" + name + "': not a primitive, a model section or an enum table");
        }
        if (usedModels.add(simple) && !model.freeForm()) {
            pending.add(model);
        }
        return model.freeForm() ? Fragment.of("object") : new Fragment(List.of("object"), simple, null, null, null);
    }

    private void checkEverythingUsed() {
        for (ModelSpec model : spec.models()) {
            if (!usedModels.contains(model.name())) {
                throw new SpecException(spec.source(), model.line(), "model '" + model.name() + "' is not used by any field");
            }
        }
        for (EnumSpec values : spec.enums().values()) {
            if (!usedEnums.contains(values.name())) {
                throw new SpecException(spec.source(), values.line(), "enum '" + values.name() + "' is not used by any field");
            }
        }
    }

    private SpecException error(FieldSpec field, String message) {
        return new SpecException(spec.source(), field.line(), "field '" + field.name() + "': " + message);
    }

    /** The schema of a type before the field's nullability, pattern and description are added. */
    private record Fragment(List<String> types, String ref, Map<String, Object> items, String format, EnumSpec values) {

        static Fragment of(String type) {
            return new Fragment(List.of(type), null, null, null, null);
        }

        Fragment withFormat(String newFormat) {
            return new Fragment(types, ref, items, newFormat, values);
        }

        Fragment withValues(EnumSpec newValues) {
            return new Fragment(types, ref, items, format, newValues);
        }

        Map<String, Object> toSchema(boolean nullable, String pattern, String description) {
            Map<String, Object> schema = new LinkedHashMap<>();
            List<String> allowed = new ArrayList<>(types);
            if (nullable && !allowed.isEmpty()) {
                allowed.add("null");
            }
            if (allowed.size() == 1) {
                schema.put("type", allowed.get(0));
            } else if (allowed.size() > 1) {
                schema.put("type", allowed);
            }
            if (ref != null) {
                schema.put("$ref", "#/$defs/" + ref);
            }
            if (items != null) {
                schema.put("items", items);
            }
            if (format != null) {
                schema.put("format", format);
            }
            if (pattern != null) {
                schema.put("pattern", pattern);
            }
            if (values != null && values.closed()) {
                List<Object> allowedValues = new ArrayList<>(values.values());
                if (nullable) {
                    allowedValues.add(null);
                }
                schema.put("enum", allowedValues);
            } else if (values != null) {
                schema.put("x-known-values", values.values());
            }
            if (!description.isEmpty()) {
                schema.put("description", description);
            }
            return schema;
        }
    }
}
