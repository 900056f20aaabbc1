package dev.runspec.pact;

import dev.runspec.core.internal.ShortText;
import dev.runspec.shaded.jackson.databind.JsonNode;

/** How pact findings quote values: as every runspec message does, and JSON text for anything not a string. */
final class Texts {

    private Texts() {
    }

    /** As every runspec message shows a text: see {@link ShortText}. */
    static String shorten(String text) {
        return ShortText.of(text);
    }

    /** {@code "x"} for a string, the JSON text for anything else. */
    static String quote(JsonNode value) {
        return value.isString() ? "\"" + shorten(value.asString()) + "\"" : shorten(value.toString());
    }
}
