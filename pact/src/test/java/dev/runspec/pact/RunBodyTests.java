package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleGroup;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TimestampMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.internal.schema.ExampleValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema-derived bodies: the matcher each kind of member gets, and the mistakes caught while writing. */
class RunBodyTests {

    @Test
    void each_kind_of_member_gets_the_matcher_its_schema_implies() {
        PactDslJsonBody body = RunBody.of("runflow-v1")
                .field("id")
                .field("status_code", "running")
                .field("cost", "0.0125")
                .field("created_at", "2026-05-06T10:02:11.004118+00:00")
                .field("duration_ms", 2310)
                .field("has_logs", true)
                .field("client_ref", "order-7")
                .field("metadata")
                .field("completed_at", null)
                .object("current_evaluation_summary", s -> s.field("score", 0.5))
                .build();

        assertThat(rules(body, "$.id")).containsExactly(new RegexMatcher(PortableRegex.UUID, ExampleValues.UUID));
        assertThat(rules(body, "$.status_code")).containsExactly(new RegexMatcher(
                "^(queued|dispatching|running|succeeded|failed|cancelled|canceled|partial_succeeded)$", "running"));
        assertThat(rules(body, "$.cost")).containsExactly(new RegexMatcher(PortableRegex.DECIMAL, "0.0125"), TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.created_at")).containsExactly(new TimestampMatcher("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"),
                new RegexMatcher(PortableRegex.dateTime(6), "2026-05-06T10:02:11.004118+00:00"));
        assertThat(rules(body, "$.duration_ms")).containsExactly(new NumberTypeMatcher(NumberTypeMatcher.NumberType.INTEGER));
        assertThat(rules(body, "$.has_logs")).containsExactly(TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.client_ref")).containsExactly(TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.metadata")).containsExactly(TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.current_evaluation_summary.score"))
                .containsExactly(new NumberTypeMatcher(NumberTypeMatcher.NumberType.NUMBER));
        assertThat(body.getMatchers().getMatchingRules()).doesNotContainKey(".completed_at");
        assertThat(body.getBody().toString()).contains("\"completed_at\":null", "\"metadata\":{}", "\"cost\":\"0.0125\"");
    }

    @Test
    void the_timestamp_format_follows_the_example() {
        PactDslJsonBody body = RunBody.of("comfydeploy-v2")
                .field("created_at", "2025-08-29T02:35:19Z")
                .field("updated_at")
                .build();

        assertThat(rules(body, "$.created_at")).containsExactly(new TimestampMatcher("yyyy-MM-dd'T'HH:mm:ssXXX"),
                new RegexMatcher(PortableRegex.dateTime(0), "2025-08-29T02:35:19Z"));
        assertThat(rules(body, "$.updated_at")).containsExactly(new TimestampMatcher("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"),
                new RegexMatcher(PortableRegex.dateTime(6), ExampleValues.DATE_TIME));
    }

    @Test
    void embeds_and_outputs_are_arrays_of_objects_like_the_one_described() {
        PactDslJsonBody body = RunBody.of("comfydeploy-v1")
                .eachLike("outputs", output -> output.object("data", data -> data
                        .eachLike("images", image -> image.field("url", "https://cdn.example.com/a.png"))
                        .field("text", "a caption")))
                .build();

        assertThat(body.getBody().toString())
                .isEqualTo("{\"outputs\":[{\"data\":{\"images\":[{\"url\":\"https://cdn.example.com/a.png\"}],\"text\":[\"a caption\"]}}]}");
        assertThat(rules(body, "$.outputs")).containsExactly(TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.outputs[*].data.images[*].url")).containsExactly(TypeMatcher.INSTANCE);
        assertThat(rules(body, "$.outputs[*].data.text[*]")).containsExactly(TypeMatcher.INSTANCE);
    }

    @Test
    void a_member_the_schema_does_not_have_fails_with_a_suggestion() {
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("staus_code"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("runflow-v1 has no member \"staus_code\" in a run; did you mean \"status_code\"?");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").eachLike("node_runs", n -> n.field("price")))
                .hasMessage("runflow-v1 has no member \"price\" in node_runs[]");
    }

    @Test
    void an_example_the_schema_rejects_fails_with_the_schemas_reason() {
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("status_code", "done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the example for status_code does not fit runflow-v1: status_code is \"done\"; expected one of"
                        + " queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").eachLike("node_runs", n -> n.field("cost", "1,50")))
                .hasMessageStartingWith("the example for node_runs[].cost does not fit runflow-v1: node_runs[0].cost is \"1,50\";");
        assertThatThrownBy(() -> RunBody.of("comfydeploy-v2").field("created_at", "2025-04-02 16:05:44"))
                .hasMessageContaining("expected an RFC 3339 date-time");
        assertThatThrownBy(() -> RunBody.of("comfydeploy-v2").field("status", null))
                .hasMessage("the example for status does not fit comfydeploy-v2: status is null; expected a string");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("duration_ms", 1.5))
                .hasMessageContaining("duration_ms is a number (1.5); expected an integer or null");
    }

    @Test
    void a_documented_value_outside_the_known_values_is_accepted_as_the_schema_only_warns() {
        PactDslJsonBody body = RunBody.of("comfydeploy-v2").field("status", "paused").build();

        assertThat(rules(body, "$.status")).containsExactly(TypeMatcher.INSTANCE);
    }

    @Test
    void the_shape_of_a_member_decides_which_method_describes_it() {
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("node_runs"))
                .hasMessage("node_runs is an array of objects; use eachLike(\"node_runs\", item -> item.field(...))");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").eachLike("cost", c -> { }))
                .hasMessage("cost is not an array of objects in runflow-v1; use field(\"cost\", ...)");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").object("metadata", m -> { }))
                .hasMessage("metadata is an object whose members runflow-v1 does not document; use field(\"metadata\") to match any object");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").object("logs", m -> { }))
                .hasMessage("logs is not an object in runflow-v1; use eachLike(\"logs\", ...)");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("model", "flux"))
                .hasMessageStartingWith("model is an object: use field(\"model\") to match any object or object(\"model\"");
        assertThatThrownBy(() -> RunBody.of("comfydeploy-v2-error").eachLike("detail", d -> d.field("input")))
                .hasMessage("detail[].input has no default example in comfydeploy-v2-error; give one: field(\"input\", example)");
    }

    @Test
    void misuse_is_reported_in_one_line() {
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("id").field("id"))
                .hasMessage("id is already in the body; name each member once");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").field("cost", new java.util.Date()))
                .hasMessage("the example for cost is a java.util.Date; give a String, a Number, a Boolean or null");
        assertThatThrownBy(() -> RunBody.of("runflow-v1").object("model", RunBody::build))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("build() the outer body, not the one for model");
        assertThatThrownBy(() -> RunBody.of("runflow-v2"))
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessageContaining("runflow-v1");
    }

    private static List<MatchingRule> rules(PactDslJsonBody body, String path) {
        // Until the body is placed in a response, its rule paths start at "." rather than "$".
        MatchingRuleGroup group = body.getMatchers().getMatchingRules().get(path.substring(1));
        assertThat(group).as("rules at %s in %s", path, body.getMatchers().getMatchingRules().keySet()).isNotNull();
        return group.getRules();
    }
}
