package dev.runspec.pact;

import dev.runspec.core.internal.SourceLocator;
import java.util.Map;
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
        return new SourcePositions(SourceLocator.locateAll(text, mapper));
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
