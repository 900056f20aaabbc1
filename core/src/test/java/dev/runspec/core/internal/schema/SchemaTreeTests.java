package dev.runspec.core.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The walker the Pact bodies and the run generator share reads every bundled schema as the schema
 * says: references followed with the member's own keywords on top, members in schema order,
 * required members, array items, and a path from the root to each member.
 */
class SchemaTreeTests {

    private static final SchemaCatalogue CATALOGUE = SchemaCatalogue.bundled();

    @Test
    void a_member_that_refers_to_a_definition_has_the_definitions_members_and_its_own_type() {
        int references = 0;
        for (SchemaInfo info : CATALOGUE.schemas()) {
            JsonNode document = CATALOGUE.schemaDocument(info.id());
            SchemaNode root = SchemaTree.of(CATALOGUE, info.id()).root();
            for (String name : root.memberNames()) {
                JsonNode raw = document.path("properties").path(name);
                JsonNode item = raw.path("items");
                JsonNode referring = raw.has("$ref") ? raw : item.has("$ref") ? item : null;
                if (referring == null) {
                    continue;
                }
                references++;
                SchemaNode member = root.member(name).orElseThrow();
                SchemaNode node = raw.has("$ref") ? member : member.items().orElseThrow();
                JsonNode definition = document.at("/$defs/" + referring.get("$ref").asString().substring("#/$defs/".length()));
                List<String> documented = new ArrayList<>();
                definition.path("properties").propertyNames().forEach(documented::add);
                assertThat(node.memberNames()).as("%s %s", info.id(), name).isEqualTo(documented);
                List<String> ownTypes = new ArrayList<>();
                JsonNode type = referring.get("type");
                if (type.isArray()) {
                    type.forEach(t -> ownTypes.add(t.asString()));
                } else {
                    ownTypes.add(type.asString());
                }
                assertThat(node.types()).as("%s %s", info.id(), name).containsExactlyElementsOf(ownTypes);
            }
        }
        assertThat(references).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_member_is_optional_exactly_when_its_object_does_not_require_it() {
        int required = 0;
        int optional = 0;
        for (SchemaInfo info : CATALOGUE.schemas()) {
            JsonNode document = CATALOGUE.schemaDocument(info.id());
            Set<String> named = new HashSet<>();
            document.path("required").forEach(r -> named.add(r.asString()));
            SchemaNode root = SchemaTree.of(CATALOGUE, info.id()).root();
            for (String name : root.memberNames()) {
                assertThat(root.isOptional(name)).as("%s %s", info.id(), name).isEqualTo(!named.contains(name));
                if (named.contains(name)) {
                    required++;
                } else {
                    optional++;
                }
            }
        }
        assertThat(required).isGreaterThanOrEqualTo(10);
        assertThat(optional).isGreaterThanOrEqualTo(10);
    }

    @Test
    void every_member_is_found_again_by_its_path_and_a_path_off_the_schema_finds_nothing() {
        for (SchemaInfo info : CATALOGUE.schemas()) {
            SchemaTree tree = SchemaTree.of(CATALOGUE, info.id());
            List<SchemaWalk.Member> members = SchemaWalk.paths(tree.root());
            assertThat(members).as(info.id()).isNotEmpty();
            for (SchemaWalk.Member m : members) {
                assertThat(tree.at(m.path())).as("%s %s", info.id(), m.path()).containsSame(m.node());
                assertThat(tree.at(MemberPath.child(m.path(), "no_such_member"))).isEmpty();
            }
        }
    }

    @Test
    void every_kind_of_member_is_read_from_the_bundled_schemas() {
        Set<FieldKind> seen = new HashSet<>();
        for (SchemaInfo info : CATALOGUE.schemas()) {
            SchemaWalk.members(SchemaTree.of(CATALOGUE, info.id()).root()).forEach(node -> seen.add(node.kind()));
        }
        assertThat(seen).contains(FieldKind.ENUM, FieldKind.KNOWN_VALUES, FieldKind.UUID, FieldKind.DATE_TIME,
                FieldKind.DECIMAL, FieldKind.STRING, FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.BOOLEAN,
                FieldKind.OBJECT, FieldKind.ARRAY);
    }

    @Test
    void a_definition_that_refers_to_itself_is_read_without_looping() {
        SchemaCatalogue catalogue = CATALOGUE.withSchema("loop", "loop", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"next": {"$ref": "#/$defs/Next"}},
                 "$defs": {"Next": {"$ref": "#/$defs/Next"}}}
                """);

        SchemaNode next = SchemaTree.of(catalogue, "loop").root().member("next").orElseThrow();

        assertThat(next.kind()).isEqualTo(FieldKind.ANY);
        assertThat(next.members()).isEmpty();
    }

    @Test
    void paths_are_written_as_pointers_and_as_member_names() {
        List<Object> path = List.of("node_runs", 3, "a/b~c");

        assertThat(MemberPath.pointer(path)).isEqualTo("/node_runs/3/a~1b~0c");
        assertThat(MemberPath.member(path, false)).isEqualTo("node_runs[3].a/b~c");
        assertThat(MemberPath.member(path, true)).isEqualTo("node_runs[].a/b~c");
        assertThat(MemberPath.member(List.of(), true)).isEqualTo("the body");
        assertThat(MemberPath.firstItems(path)).containsExactly("node_runs", 0, "a/b~c");
    }
}
