package dev.runspec.core.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import dev.runspec.core.Violation;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real validator, asked about one value at one place: every default example is accepted
 * where its member sits, and a value off a closed set is reported at exactly that place, never
 * for the members the stub around it leaves out.
 */
class ValueCheckTests {

    private static final SchemaCatalogue CATALOGUE = SchemaCatalogue.bundled();
    private static final RunValidator VALIDATOR = RunValidator.create();

    @Test
    void every_default_example_is_accepted_where_its_member_sits() {
        List<String> refused = new ArrayList<>();
        int examples = 0;
        for (SchemaInfo info : CATALOGUE.schemas()) {
            ValueCheck check = new ValueCheck(VALIDATOR, info.id());
            for (SchemaWalk.Member m : SchemaWalk.paths(SchemaTree.of(CATALOGUE, info.id()).root())) {
                JsonNode example = ExampleValues.defaultFor(m.node());
                if (example == null) {
                    continue;
                }
                examples++;
                Violation error = check.firstError(m.path(), example);
                if (error != null) {
                    refused.add(info.id() + " " + MemberPath.pointer(m.path()) + ": " + error.message());
                }
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(100);
        assertThat(refused).isEmpty();
    }

    @Test
    void a_value_off_a_closed_set_is_reported_at_its_own_place_and_nothing_else_is() {
        int enums = 0;
        for (SchemaInfo info : CATALOGUE.schemas()) {
            ValueCheck check = new ValueCheck(VALIDATOR, info.id());
            for (SchemaWalk.Member m : SchemaWalk.paths(SchemaTree.of(CATALOGUE, info.id()).root())) {
                if (m.node().kind() != FieldKind.ENUM) {
                    continue;
                }
                enums++;
                JsonNode offTheSet = JsonNodeFactory.instance.stringNode(m.node().enumValues().get(0) + "x");
                List<Violation> violations = check.violations(m.path(), offTheSet);
                assertThat(violations).as("%s %s", info.id(), m.path()).isNotEmpty().allSatisfy(v -> {
                    assertThat(v.pointer()).isEqualTo(MemberPath.pointer(m.path()));
                    assertThat(v.rule()).isNotEqualTo(Rule.REQUIRED);
                });
                assertThat(check.firstError(m.path(), offTheSet)).isNotNull();
            }
        }
        assertThat(enums).isGreaterThanOrEqualTo(10);
    }

    @Test
    void java_examples_become_json_and_back() {
        for (Object example : List.of("queued", true, 42L, new java.math.BigDecimal("0.0125"))) {
            assertThat(ExampleValues.toJava(ExampleValues.toJson("member", example))).isEqualTo(example);
        }
        assertThat(ExampleValues.toJava(ExampleValues.toJson("member", null))).isNull();
        assertThat(ExampleValues.toJson("member", 2.5d).decimalValue()).isEqualByComparingTo("2.5");
    }
}
