package dev.runspec.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.core.JsonParser;
import dev.runspec.shaded.jackson.core.JsonToken;
import dev.runspec.shaded.jackson.core.TokenStreamContext;
import dev.runspec.shaded.jackson.core.TokenStreamLocation;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * Finds where values sit in the source text, by JSON Pointer. Runs only when there is something to
 * report, in one streaming pass. A pointer that names no value (a missing required member) is
 * placed on its nearest existing ancestor, the object that lacks the member.
 */
public final class SourceLocator {

    private SourceLocator() {
    }

    /** Line and column (1-based) per requested pointer; pointers that cannot be placed are absent. */
    public static Map<String, int[]> locate(String text, Set<String> pointers, JsonMapper lenient, boolean lastOccurrenceWins) {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (String p = pointer; ; p = parent(p)) {
                wanted.add(p);
                if (p.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, Set<String>> wantedChildren = new HashMap<>();
        for (String pointer : wanted) {
            if (!pointer.isEmpty()) {
                int slash = pointer.lastIndexOf('/');
                wantedChildren.computeIfAbsent(pointer.substring(0, slash), p -> new HashSet<>())
                        .add(pointer.substring(slash + 1));
            }
        }
        Map<String, int[]> found = new HashMap<>();
        // The open containers that hold something wanted, innermost first; the others are skipped.
        Deque<String> open = new ArrayDeque<>();
        try (JsonParser parser = lenient.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && (lastOccurrenceWins || found.size() < wanted.size())) {
                if (token == JsonToken.PROPERTY_NAME) {
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                String pointer;
                if (open.isEmpty()) {
                    pointer = "";
                } else {
                    TokenStreamContext at = token.isStructStart()
                            ? parser.streamReadContext().getParent()
                            : parser.streamReadContext();
                    String segment = at.inObject() ? escape(at.currentName()) : Integer.toString(at.getCurrentIndex());
                    Set<String> children = wantedChildren.get(open.peek());
                    pointer = children != null && children.contains(segment) ? open.peek() + "/" + segment : null;
                }
                if (pointer != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
                    if (token.isStructStart()) {
                        open.push(pointer);
                    }
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

    /**
     * Line and column (1-based) of every value in the text, by JSON Pointer; the first occurrence
     * wins. For readers that place many findings in one document (a pact file's interactions).
     */
    public static Map<String, int[]> locateAll(String text, JsonMapper lenient) {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = lenient.createParser(text)) {
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
        } catch (JacksonException unreadable) {
            // The text was read once already; whatever was placed before a failure is kept.
        }
        return positions;
    }

    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
