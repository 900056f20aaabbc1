package dev.runspec.schemas;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, booleans, numbers and nulls as JSON the way the
 * committed schemas look: two-space indent, keys in insertion order, a list of plain values on
 * one line when it fits in {@value #WIDTH} columns, and a trailing newline.
 */
final class JsonText {

    static final int WIDTH = 100;

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, 0, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, Object value, int indent, int column) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, indent);
        } else if (value instanceof List<?> list) {
            array(out, list, indent, column);
        } else {
            out.append(scalar(value));
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int remaining = map.size();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = quote(String.valueOf(entry.getKey())) + ": ";
            out.append(" ".repeat(indent + 2)).append(key);
            value(out, entry.getValue(), indent + 2, indent + 2 + key.length());
            out.append(--remaining > 0 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append('}');
    }

    private static void array(StringBuilder out, List<?> list, int indent, int column) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean plain = list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
        if (plain) {
            StringBuilder inline = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                inline.append(i > 0 ? ", " : "").append(scalar(list.get(i)));
            }
            inline.append(']');
            if (column + inline.length() + 1 <= WIDTH) {
                out.append(inline);
                return;
            }
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(" ".repeat(indent + 2));
            value(out, list.get(i), indent + 2, indent + 2);
            out.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append(']');
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof String text) {
            return quote(text);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
