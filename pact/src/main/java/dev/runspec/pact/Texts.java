package dev.runspec.pact;

import dev.runspec.shaded.jackson.databind.JsonNode;

/** How values appear in messages: one line, long text cut short. */
final class Texts {

    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    static String shorten(String text) {
        StringBuilder out = new StringBuilder();
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN - 10) : text;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        if (cut.length() < text.length()) {
            out.append("… (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** {@code "x"} for a string, the JSON text for anything else. */
    static String quote(JsonNode value) {
        return value.isString() ? "\"" + shorten(value.asString()) + "\"" : shorten(value.toString());
    }
}
