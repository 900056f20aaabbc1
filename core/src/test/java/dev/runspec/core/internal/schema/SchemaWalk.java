package dev.runspec.core.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Every member of a schema, embeds and array items included, for tests that cover them all (here
 * and, through the test-jar, in the front ends).
 */
public final class SchemaWalk {

    /** A member with the path it sits at (array items at index 0). */
    public record Member(List<Object> path, SchemaNode node) {
    }

    private SchemaWalk() {
    }

    public static List<SchemaNode> members(SchemaNode root) {
        return paths(root).stream().map(Member::node).toList();
    }

    public static List<Member> paths(SchemaNode root) {
        List<Member> out = new ArrayList<>();
        walk(List.of(), root, out, 0);
        return out;
    }

    private static void walk(List<Object> path, SchemaNode node, List<Member> out, int depth) {
        if (depth > 8) {
            return;
        }
        node.members().forEach((name, member) -> {
            List<Object> at = MemberPath.child(path, name);
            out.add(new Member(at, member));
            walk(at, member, out, depth + 1);
            member.items().ifPresent(items -> {
                out.add(new Member(MemberPath.child(at, 0), items));
                walk(MemberPath.child(at, 0), items, out, depth + 1);
            });
        });
    }
}
