package dev.runspec.core.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Where a value sits in a body: member names ({@link String}) and array indexes ({@link Integer}),
 * written as a JSON Pointer for reports and as {@code node_runs[0].cost} for messages.
 */
public final class MemberPath {

    private MemberPath() {
    }

    /** The path one member name or array index further in. */
    public static List<Object> child(List<Object> path, Object segment) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(segment);
        return List.copyOf(out);
    }

    /** The path as a JSON Pointer, {@code /node_runs/0/cost}. */
    public static String pointer(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** {@code node_runs[0].cost}; with {@code anyIndex}, every array index is written {@code []}. */
    public static String member(List<Object> path, boolean anyIndex) {
        if (path.isEmpty()) {
            return "the body";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                out.append(anyIndex ? "[]" : "[" + index + "]");
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** The same path with every array index set to 0. */
    public static List<Object> firstItems(List<Object> path) {
        List<Object> out = new ArrayList<>(path.size());
        for (Object segment : path) {
            out.add(segment instanceof Integer ? 0 : segment);
        }
        return List.copyOf(out);
    }
}
