package dev.runspec.pact;

import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.schema.MemberPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract body names only what its consumer reads, so against a schema with many required
 * members it leaves most of them out. One line per object says so, instead of one per member; a
 * single missing member keeps its own pointer and message.
 */
final class LeftOutMembers {

    private static final int NAMES_SHOWN = 6;

    private LeftOutMembers() {
    }

    static List<Violation> collapse(String schemaId, List<Violation> violations) {
        Map<String, List<Violation>> missingByObject = new LinkedHashMap<>();
        for (Violation v : violations) {
            if (v.rule() == Rule.REQUIRED) {
                missingByObject.computeIfAbsent(parent(v.pointer()), k -> new ArrayList<>()).add(v);
            }
        }
        List<Violation> out = new ArrayList<>();
        for (Violation v : violations) {
            if (v.rule() != Rule.REQUIRED) {
                out.add(v);
                continue;
            }
            List<Violation> siblings = missingByObject.get(parent(v.pointer()));
            if (siblings.size() == 1) {
                out.add(v);
            } else if (siblings.get(0) == v) {
                out.add(summary(schemaId, parent(v.pointer()), siblings));
            }
        }
        return out;
    }

    private static Violation summary(String schemaId, String object, List<Violation> missing) {
        List<String> names = missing.stream().map(v -> String.valueOf(v.expected())).toList();
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                + (names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "");
        String where = object.isEmpty() ? "the body" : MemberPath.member(parse(object), false);
        Violation first = missing.get(0);
        return new Violation(object, Rule.REQUIRED, first.severity(), names, null, where + " leaves out " + names.size()
                + " members " + schemaId + " requires (" + shown + "); the provider always sends them, so leave them out"
                + " only if the consumer does not read them", first.line(), first.column());
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static List<Object> parse(String pointer) {
        List<Object> path = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            path.add(!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) ? Integer.valueOf(segment) : segment);
        }
        return path;
    }
}
