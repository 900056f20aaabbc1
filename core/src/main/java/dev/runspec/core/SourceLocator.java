package dev.runspec.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where values sit in the source text, by JSON Pointer. Runs only when there is something to
 * report, in one streaming pass. A pointer that names no value (a missing required member) is
 * placed on its nearest existing ancestor, the object that lacks the member.
 */
final class SourceLocator {

    private SourceLocator() {
    }

    /** Line and column (1-based) per requested pointer; pointers that cannot be placed are absent. */
    static Map<String, int[]> locate(String text, Set<String> pointers, JsonMapper lenient, boolean lastOccurrenceWins) {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (String p = pointer; ; p = parent(p)) {
                wanted.add(p);
                if (p.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser parser = lenient.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && (lastOccurrenceWins || found.size() < wanted.size())) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = token.isStructStart()
                        ? parser.streamReadContext().getParent().pathAsPointer().toString()
                        : parser.streamReadContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
                } else if (token.isStructStart()) {
                    // Every ancestor of a wanted pointer is wanted, so nothing inside this value is.
                    parser.skipChildren();
                }
            }
        } catch (JacksonException unreadable) {
            // The text was read once already; whatever was placed before a failure is kept.
        }
        Map<String, int[]> placed = new HashMap<>();
        for (String pointer : pointers) {
            for (String p = pointer; ; p = parent(p)) {
                int[] position = found.get(p);
                if (position != null) {
                    placed.put(pointer, position);
                    break;
                }
                if (p.isEmpty()) {
                    break;
                }
            }
        }
        return placed;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
