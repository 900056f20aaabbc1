package dev.runspec.pact;

import java.util.ArrayList;
import java.util.List;

/** Every member of a schema, embeds and array items included, for tests that cover them all. */
final class SchemaWalk {

    /** A member with the path it sits at (array items at index 0). */
    record Member(List<Object> path, SchemaNode node) {
    }

    private SchemaWalk() {
    }

    static List<SchemaNode> members(SchemaNode root) {
        return paths(root).stream().map(Member::node).toList();
    }

    static List<Member> paths(SchemaNode root) {
        List<Member> out = new ArrayList<>();
        walk(List.of(), root, out, 0);
        return out;
    }

    private static void walk(List<Object> path, SchemaNode node, List<Member> out, int depth) {
        if (depth > 8) {
            return;
        }
        for (String name : node.memberNames()) {
            SchemaNode member = node.member(name).orElseThrow();
            List<Object> at = MemberPath.child(path, name);
            out.add(new Member(at, member));
            walk(at, member, out, depth + 1);
            member.items().ifPresent(items -> {
                out.add(new Member(MemberPath.child(at, 0), items));
                walk(MemberPath.child(at, 0), items, out, depth + 1);
            });
        }
    }
}
