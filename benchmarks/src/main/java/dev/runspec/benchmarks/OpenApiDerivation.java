package dev.runspec.benchmarks;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI 3.0 document with a GET operation per bundled schema, whose 200 response is that
 * schema, for Atlassian's request validator. On top of the common rules: every {@code $defs} entry
 * becomes a component; {@code $schema} and {@code $id} go; a type list with {@code "null"} becomes
 * the type plus {@code nullable: true}; a type list of several types becomes {@code anyOf} of one
 * type each (OpenAPI 3.0 has one type per schema); an array with no {@code items} gets
 * {@code items: {}}, which OpenAPI 3.0 requires and which allows what no {@code items} allows; a
 * schema with no constraint at all (any value) gets {@code nullable: true}, without which OpenAPI
 * 3.0 refuses null.
 */
final class OpenApiDerivation extends SchemaDerivation {

    static final String COMPONENTS = "#/components/schemas/";

    OpenApiDerivation() {
        super(COMPONENTS);
    }

    /**
     * The document.
     *
     * @param operations request path template per schema id, such as {@code /v1/runs/{id}}
     * @param bundled the bundled schema per schema id
     */
    ObjectNode derive(Map<String, String> operations, Map<String, JsonNode> bundled) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.0.3");
        document.putObject("info").put("title", "Run responses (derived from the runspec schemas)").put("version", "1");
        ObjectNode paths = document.putObject("paths");
        ObjectNode components = NODES.objectNode();
        operations.forEach((schemaId, template) -> {
            ObjectNode schema = (ObjectNode) rewrite(bundled.get(schemaId));
            JsonNode definitions = schema.remove("$defs");
            addComponent(components, schemaId, schema);
            if (definitions != null) {
                definitions.properties().forEach(d -> addComponent(components, d.getKey(), d.getValue()));
            }
            paths.set(template, operation(template, schemaId));
        });
        document.putObject("components").set("schemas", components);
        return document;
    }

    private static void addComponent(ObjectNode components, String name, JsonNode schema) {
        if (components.has(name)) {
            throw new IllegalStateException("two schemas define " + name + "; OpenAPI components share one namespace");
        }
        components.set(name, schema);
    }

    private static ObjectNode operation(String template, String schemaId) {
        ObjectNode get = NODES.objectNode();
        String parameter = template.substring(template.lastIndexOf('{') + 1, template.lastIndexOf('}'));
        get.putArray("parameters").addObject()
                .put("name", parameter).put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        get.putObject("responses").putObject("200")
                .put("description", "The run.")
                .putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", COMPONENTS + schemaId);
        ObjectNode item = NODES.objectNode();
        item.set("get", get);
        return item;
    }

    @Override
    void keyword(ObjectNode out, String keyword, JsonNode value) {
        switch (keyword) {
            case "$schema", "$id" -> {
            }
            case "type" -> type(out, value);
            default -> super.keyword(out, keyword, value);
        }
    }

    @Override
    void finish(ObjectNode out) {
        if (out.path("type").asString("").equals("array") && !out.has("items")) {
            out.putObject("items");
        }
        if (acceptsAnything(out)) {
            out.put("nullable", true);
        }
    }

    /** A schema with no constraint at all: in 2020-12 it allows any value; OpenAPI 3.0 needs to be told about null. */
    private static boolean acceptsAnything(ObjectNode schema) {
        for (String keyword : schema.propertyNames()) {
            if (!keyword.equals("description") && !keyword.equals("title")) {
                return false;
            }
        }
        return true;
    }

    private static void type(ObjectNode out, JsonNode value) {
        if (!value.isArray()) {
            out.set("type", value.deepCopy());
            return;
        }
        List<String> types = texts(value);
        boolean nullable = types.remove("null");
        if (types.size() == 1) {
            out.put("type", types.get(0));
        } else {
            ArrayNode anyOf = out.putArray("anyOf");
            types.forEach(t -> anyOf.addObject().put("type", t));
        }
        if (nullable) {
            out.put("nullable", true);
        }
    }
}
