package dev.runspec.core;

import dev.runspec.core.internal.ShortText;
import java.util.ArrayList;
import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;

/** How messages name things: members as {@code node_runs[0].cost}, values shortened to one line. */
final class Subjects {

    private Subjects() {
    }

    /** {@code /node_runs/0/cost} as {@code node_runs[0].cost}; the empty pointer as {@code the document}. */
    static String member(String pointer) {
        if (pointer.isEmpty()) {
            return "the document";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : segments(pointer)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(shorten(segment));
            }
        }
        return out.toString();
    }

    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** A pointer with one more member name, escaped. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** A long text cut to a readable length, saying how long it really was; control characters escaped. */
    static String shorten(String text) {
        return ShortText.of(text);
    }

    /** The value as it appears in a message: {@code "done"}, {@code 42}, {@code null}, {@code an object}. */
    static String quote(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isString()) {
            return '"' + shorten(node.asString()) + '"';
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return shorten(node.toString());
    }

    /** The value as report data: plain Java values, long strings shortened, containers described. */
    static Object actual(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return shorten(node.asString());
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isObject()) {
            return "object with " + node.size() + " member(s)";
        }
        return "array of " + node.size() + " item(s)";
    }

    /** The JSON type of a value with its article: {@code a string}, {@code an integer}, {@code null}. */
    static String typeOf(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isObject() ? "an object" : "an array";
    }

    /** A schema type name with its article: {@code string} as {@code a string}. */
    static String withArticle(String type) {
        return switch (type) {
            case "null" -> "null";
            case "integer", "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }
}
