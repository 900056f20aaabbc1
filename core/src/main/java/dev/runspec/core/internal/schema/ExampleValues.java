package dev.runspec.core.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Example values: sensible defaults the schemas accept, and conversions between a caller's
 * plain Java values and JSON.
 */
public final class ExampleValues {

    public static final String UUID = "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a";
    public static final String DATE_TIME = "2025-04-02T16:05:44.502113Z";
    public static final String DECIMAL = "0.0125";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ExampleValues() {
    }

    /** A value of this kind that the schema accepts, or null when there is no sensible one. */
    public static JsonNode defaultFor(SchemaNode node) {
        return switch (node.kind()) {
            case ENUM -> JSON.stringNode(node.enumValues().get(0));
            case KNOWN_VALUES -> JSON.stringNode(node.knownValues().get(0));
            case UUID -> JSON.stringNode(UUID);
            case DATE_TIME -> JSON.stringNode(DATE_TIME);
            case DECIMAL -> JSON.stringNode(DECIMAL);
            case STRING -> JSON.stringNode("text");
            case INTEGER -> JSON.numberNode(1);
            case NUMBER -> JSON.numberNode(new BigDecimal("0.5"));
            case BOOLEAN -> JSON.booleanNode(true);
            case OBJECT -> JSON.objectNode();
            case PATTERN, ARRAY, ANY -> null;
        };
    }

    /**
     * A caller's example as JSON.
     *
     * @throws IllegalArgumentException for anything but a string, number, boolean or null
     */
    public static JsonNode toJson(String member, Object example) {
        if (example == null) {
            return JSON.nullNode();
        }
        if (example instanceof String s) {
            return JSON.stringNode(s);
        }
        if (example instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (example instanceof Integer || example instanceof Long || example instanceof Short || example instanceof Byte) {
            return JSON.numberNode(((Number) example).longValue());
        }
        if (example instanceof BigInteger i) {
            return JSON.numberNode(i);
        }
        if (example instanceof BigDecimal d) {
            return JSON.numberNode(d);
        }
        if (example instanceof Double || example instanceof Float) {
            return JSON.numberNode(new BigDecimal(example.toString()));
        }
        throw new IllegalArgumentException("the example for " + member + " is a " + example.getClass().getName()
                + "; give a String, a Number, a Boolean or null");
    }

    /** A JSON example as a plain Java value (what Pact's DSL takes); an object or array as an empty map. */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().bitLength() < 63 ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return Map.of();
    }
}
