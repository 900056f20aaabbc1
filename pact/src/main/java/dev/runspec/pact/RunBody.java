package dev.runspec.pact;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.internal.Suggestions;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.schema.ExampleValues;
import dev.runspec.core.internal.schema.FieldKind;
import dev.runspec.core.internal.schema.MemberPath;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.core.internal.schema.ValueCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * A Pact consumer body for a run, derived from its schema: name the members your client reads and
 * each gets the matcher the schema implies. A {@code uuid} gets an anchored UUID regex, a
 * {@code date-time} a timestamp matcher, a closed enum a regex of exactly its values, the decimal
 * cost a decimal regex, numbers, integers, booleans, plain strings and open objects type matchers;
 * {@link #object} and {@link #eachLike} describe embeds and outputs. Every regex accepts exactly
 * what the schema accepts and runs in linear time on the JVM, JavaScript and Rust engines.
 *
 * <p>Mistakes fail while the contract is written, with one line that says what is wrong: a member
 * the schema does not have, or an example it rejects.
 *
 * <pre>{@code
 * .willRespondWith().status(200)
 * .body(RunBody.of("runflow-v1")
 *         .field("id")
 *         .field("status_code", "succeeded")
 *         .field("cost", "0.0125")
 *         .eachLike("node_runs", node -> node.field("state_code").field("cost"))
 *         .build())
 * }</pre>
 *
 * <p>Needs Pact JVM's consumer DSL ({@code au.com.dius.pact.consumer:junit5}) on the class path.
 * Not thread-safe; build one body per interaction.
 */
public final class RunBody {

    private static final Object NO_EXAMPLE = new Object();

    private final SchemaTree tree;
    private final ValueCheck check;
    private final List<Object> path;
    private final SchemaNode node;
    private final Map<String, BodyMember> members = new LinkedHashMap<>();

    private RunBody(SchemaTree tree, ValueCheck check, List<Object> path, SchemaNode node) {
        this.tree = tree;
        this.check = check;
        this.path = path;
        this.node = node;
    }

    /**
     * An empty body for a run of this schema.
     *
     * @param schemaId one of the bundled schema ids, such as {@code runflow-v1}
     * @throws dev.runspec.core.UnknownSchemaException listing the known ids
     */
    public static RunBody of(String schemaId) {
        Objects.requireNonNull(schemaId, "schemaId");
        SchemaTree tree = SchemaTree.of(SchemaCatalogue.bundled(), schemaId);
        return new RunBody(tree, new ValueCheck(RunValidator.create(), schemaId), List.of(), tree.root());
    }

    /**
     * The member with a default example the schema accepts (the first enum value, a fixed UUID,
     * {@code 2025-04-02T16:05:44.502113Z}, {@code "0.0125"}, 1, 0.5, true, {@code {}}). An array of
     * plain values gets one item; describe an array of objects with {@link #eachLike} instead.
     *
     * @throws IllegalArgumentException when the schema has no such member, or it needs an example
     */
    public RunBody field(String name) {
        return field(name, NO_EXAMPLE);
    }

    /**
     * The member with this example: a {@link String}, {@link Number}, {@link Boolean}, or
     * {@code null} (written as an exact null) where the schema allows null. For an array of plain
     * values the example is one item. The timestamp matcher takes its format from the example:
     * {@code 2025-04-02T16:05:44.502113Z} expects six fraction digits.
     *
     * @throws IllegalArgumentException when the schema has no such member or rejects the example
     */
    public RunBody field(String name, Object example) {
        SchemaNode member = member(name);
        List<Object> at = MemberPath.child(path, name);
        String label = MemberPath.member(at, true);
        if (member.kind() == FieldKind.ARRAY) {
            SchemaNode items = member.items().orElseThrow(() -> new IllegalArgumentException(
                    label + " is an array whose items " + tree.schemaId() + " does not describe; leave it out"));
            if (items.kind() == FieldKind.OBJECT) {
                throw new IllegalArgumentException(label + " is an array of objects; use eachLike(\"" + name
                        + "\", item -> item.field(...))");
            }
            JsonNode item = exampleFor(MemberPath.child(at, 0), label + "[]", name, items, example);
            if (item.isNull()) {
                throw new IllegalArgumentException("the example for " + label + " is one item, which cannot be null");
            }
            add(name, new BodyMember.EachValue(name, ExampleValues.toJava(item), SchemaMatchers.forMember(label, items, item)));
            return this;
        }
        if (member.kind() == FieldKind.OBJECT && example != NO_EXAMPLE && example != null) {
            throw new IllegalArgumentException(label + " is an object: use field(\"" + name + "\") to match any object"
                    + (member.documentsMembers() ? " or object(\"" + name + "\", o -> o.field(...)) to name its members" : ""));
        }
        JsonNode value = exampleFor(at, label, name, member, example);
        List<MatchingRule> rules = value.isNull() ? List.of() : SchemaMatchers.forMember(label, member, value);
        add(name, new BodyMember.Value(name, ExampleValues.toJava(value), rules));
        return this;
    }

    /**
     * A nested object with the members {@code members} names, for an embed such as Runflow's
     * {@code model} or an output's {@code data}.
     *
     * @throws IllegalArgumentException when the schema has no such member or it is not an object with documented members
     */
    public RunBody object(String name, Consumer<RunBody> members) {
        SchemaNode member = member(name);
        List<Object> at = MemberPath.child(path, name);
        String label = MemberPath.member(at, true);
        if (member.kind() != FieldKind.OBJECT) {
            throw new IllegalArgumentException(label + " is not an object in " + tree.schemaId() + "; use "
                    + (member.kind() == FieldKind.ARRAY ? "eachLike" : "field") + "(\"" + name + "\", ...)");
        }
        if (!member.documentsMembers()) {
            throw new IllegalArgumentException(label + " is an object whose members " + tree.schemaId()
                    + " does not document; use field(\"" + name + "\") to match any object");
        }
        add(name, new BodyMember.Nested(name, nested(at, member, members)));
        return this;
    }

    /**
     * An array whose every item is like the object {@code item} describes (at least one item), for
     * Runflow's {@code node_runs} and {@code logs} or ComfyDeploy's {@code outputs}.
     *
     * @throws IllegalArgumentException when the schema has no such member or it is not an array of objects
     */
    public RunBody eachLike(String name, Consumer<RunBody> item) {
        SchemaNode member = member(name);
        List<Object> at = MemberPath.child(path, name);
        String label = MemberPath.member(at, true);
        SchemaNode items = member.kind() == FieldKind.ARRAY ? member.items().orElse(null) : null;
        if (items == null || items.kind() != FieldKind.OBJECT) {
            throw new IllegalArgumentException(label + " is not an array of objects in " + tree.schemaId()
                    + "; use field(\"" + name + "\", ...)");
        }
        add(name, new BodyMember.EachObject(name, nested(MemberPath.child(at, 0), items, item)));
        return this;
    }

    /**
     * The Pact DSL body, for {@code willRespondWith().body(...)}.
     *
     * @throws IllegalStateException when called inside {@link #object} or {@link #eachLike}
     */
    public PactDslJsonBody build() {
        if (!path.isEmpty()) {
            throw new IllegalStateException("build() the outer body, not the one for " + MemberPath.member(path, true));
        }
        PactDslJsonBody body = new PactDslJsonBody();
        writeTo(body);
        return body;
    }

    void writeTo(PactDslJsonBody target) {
        members.values().forEach(m -> m.writeTo(target));
    }

    private RunBody nested(List<Object> at, SchemaNode schema, Consumer<RunBody> members) {
        RunBody nested = new RunBody(tree, check, at, schema);
        Objects.requireNonNull(members, "members").accept(nested);
        return nested;
    }

    private SchemaNode member(String name) {
        Objects.requireNonNull(name, "name");
        return node.member(name).orElseThrow(() -> {
            String where = path.isEmpty() ? "a run" : MemberPath.member(path, true);
            String suggestion = Suggestions.closest(name, node.memberNames());
            return new IllegalArgumentException(tree.schemaId() + " has no member \"" + name + "\" in " + where
                    + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
        });
    }

    private JsonNode exampleFor(List<Object> at, String label, String name, SchemaNode schema, Object example) {
        JsonNode value;
        if (example == NO_EXAMPLE) {
            value = ExampleValues.defaultFor(schema);
            if (value == null) {
                throw new IllegalArgumentException(label + " has no default example in " + tree.schemaId()
                        + "; give one: field(\"" + name + "\", example)");
            }
        } else {
            value = ExampleValues.toJson(label, example);
        }
        Violation rejected = check.firstError(at, value);
        if (rejected != null) {
            throw new IllegalArgumentException("the example for " + label + " does not fit " + tree.schemaId() + ": "
                    + rejected.message());
        }
        return value;
    }

    private void add(String name, BodyMember member) {
        if (members.putIfAbsent(name, member) != null) {
            throw new IllegalArgumentException(MemberPath.member(MemberPath.child(path, name), true)
                    + " is already in the body; name each member once");
        }
    }
}
