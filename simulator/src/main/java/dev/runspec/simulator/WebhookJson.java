package dev.runspec.simulator;

import dev.runspec.core.internal.RunTimestamps;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The JSON of webhook and callback bodies, written as the providers' Python servers write it:
 * {@code json.dumps} with its default separators ({@code ", "} and {@code ": "}) and ASCII-only
 * output ({@code \u00e9} for {@code é}), members in the order built; timestamps as Python's
 * {@code isoformat()} writes a UTC datetime ({@code 2026-05-06T10:00:00.345000+00:00}).
 */
final class WebhookJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private WebhookJson() {
    }

    /**
     * Reads a get-run body the run engine passed.
     *
     * @throws IllegalArgumentException naming {@code what} when it is not a JSON object
     */
    static ObjectNode readObject(String json, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " is not JSON, so no webhook can be built from it");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object, so no webhook can be built from it");
        }
        return (ObjectNode) node;
    }

    /** A new object with these members, in this order. */
    static ObjectNode object(Map<String, JsonNode> members) {
        ObjectNode object = NODES.objectNode();
        members.forEach(object::set);
        return object;
    }

    /** The bytes Python's {@code json.dumps(value)} gives. */
    static byte[] bytes(JsonNode value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A member's text, or {@code null} when it is absent, null or not a string. */
    static String text(JsonNode object, String member) {
        JsonNode value = object.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }

    /** A member's value, with JSON null for an absent member. */
    static JsonNode valueOrNull(JsonNode object, String member) {
        JsonNode value = object.get(member);
        return value == null ? NODES.nullNode() : value;
    }

    /**
     * A timestamp as Python's {@code isoformat()} writes the UTC datetime it names (microseconds,
     * {@code +00:00}); text that is no RFC 3339 timestamp is kept as it is.
     */
    static String isoformat(String timestamp) {
        Instant instant = RunTimestamps.parse(timestamp);
        return instant == null ? timestamp : isoformat(instant);
    }

    /** An instant as Python's {@code isoformat()} writes a UTC datetime. */
    static String isoformat(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(32);
        out.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond()));
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            out.append(String.format(".%06d", micros));
        }
        return out.append("+00:00").toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull()) {
            out.append("null");
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(member.getKey(), out);
                out.append(": ");
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(value.get(i), out);
            }
            out.append(']');
        } else if (value.isString()) {
            string(value.asString(), out);
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "true" : "false");
        } else {
            out.append(value);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
