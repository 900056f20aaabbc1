package dev.runspec.pact;

import java.util.HashMap;
import java.util.Map;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.core.JsonParser;
import dev.runspec.shaded.jackson.core.JsonToken;
import dev.runspec.shaded.jackson.core.TokenStreamLocation;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * Line and column of every value in a pact file, by JSON Pointer, so that violations found in an
 * interaction's body point into the pact file itself.
 */
final class SourcePositions {

    private final Map<String, int[]> positions;

    private SourcePositions(Map<String, int[]> positions) {
        this.positions = positions;
    }

    static SourcePositions of(String text, JsonMapper mapper) {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = token.isStructStart()
                        ? parser.streamReadContext().getParent().pathAsPointer().toString()
                        : parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (JacksonException alreadyReported) {
            // The text was parsed once before; a failure here only leaves later values unplaced.
        }
        return new SourcePositions(positions);
    }

    static SourcePositions none() {
        return new SourcePositions(Map.of());
    }

    /** The position of the value at {@code pointer}, else of its nearest enclosing value; null when neither is known. */
    int[] near(String pointer) {
        for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            int[] position = positions.get(p);
            if (position != null) {
                return position;
            }
            if (p.isEmpty()) {
                return null;
            }
        }
    }

    /** The position of exactly this value, or null. */
    int[] at(String pointer) {
        return positions.get(pointer);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
