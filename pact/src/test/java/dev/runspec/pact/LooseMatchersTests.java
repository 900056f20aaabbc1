package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which matching rules are looser than the schema, one kind of matcher at a time (V3 files). */
class LooseMatchersTests {

    private static final String BODY = """
            {"id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a", "status_code": "succeeded", "cost": "0.0125", "duration_ms": 2310,
             "node_runs": [{"cost": "0.0021"}, {"cost": "0.0004"}]}""";

    @TempDir
    Path dir;

    @Test
    void a_decimal_regex_alone_lets_a_number_through_but_not_together_with_a_type_matcher() throws Exception {
        assertThat(findings("""
                "$.cost": {"matchers": [{"match": "regex", "regex": "^[+-]?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)$"}]}"""))
                .containsExactly("/cost: cost is matched by regex ^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$, which accepts 1 in pact-jvm and in the Rust Pact core;"
                        + " expected a string or null" + LooseMatchers.REGEX_ALONE);
        assertThat(findings("""
                "$.cost": {"matchers": [{"match": "regex", "regex": "^[+-]?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)$"},
                                        {"match": "type"}], "combine": "AND"}""")).isEmpty();
    }

    @Test
    void include_null_and_number_matchers_each_let_something_through() throws Exception {
        assertThat(findings("""
                "$.status_code": {"matchers": [{"match": "include", "value": "succ"}]},
                "$.id": {"matchers": [{"match": "null"}]},
                "$.duration_ms": {"matchers": [{"match": "number"}]}"""))
                .containsExactly(
                        "/status_code: status_code is matched by include \"succ\", which accepts \"succeededx\" in pact-jvm and in the Rust Pact core; expected one"
                                + " of queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded",
                        "/id: id is matched by null, which accepts null in pact-jvm and in the Rust Pact core; expected a string",
                        "/duration_ms: duration_ms is matched by number, which accepts 1.5 in pact-jvm and in the Rust Pact core; expected an integer or null");
    }

    @Test
    void rules_that_are_as_strict_as_the_schema_are_not_reported() throws Exception {
        assertThat(findings("""
                "$.status_code": {"matchers": [{"match": "regex", "regex": "^(succeeded|failed)$"}]},
                "$.id": {"matchers": [{"match": "equality"}]},
                "$.duration_ms": {"matchers": [{"match": "integer"}]},
                "$.cost": {"matchers": [{"match": "values"}]}""")).isEmpty();
    }

    @Test
    void either_of_two_rules_is_enough_to_let_a_value_through() throws Exception {
        assertThat(findings("""
                "$.status_code": {"matchers": [{"match": "regex", "regex": "^(succeeded|failed)$"}, {"match": "type"}],
                                  "combine": "OR"}"""))
                .containsExactly("/status_code: status_code is matched by regex ^(succeeded|failed)$ or type, which accepts"
                        + " \"x\" in pact-jvm and in the Rust Pact core; expected one of queued, dispatching, running, succeeded, failed, cancelled, canceled,"
                        + " partial_succeeded");
    }

    @Test
    void the_most_specific_rule_governs_each_item_and_each_rule_is_reported_once() throws Exception {
        assertThat(findings("""
                "$.node_runs[*].cost": {"matchers": [{"match": "type"}]},
                "$.node_runs[0].cost": {"matchers": [{"match": "regex", "regex": "^[0-9]+\\\\.[0-9]+$"}, {"match": "type"}]}"""))
                .containsExactly("/node_runs/1/cost: node_runs[1].cost is matched by type, which accepts any string, such as"
                        + " \"x\", in pact-jvm and in the Rust Pact core; expected a decimal number written as a string, such as \"0.0125\"");
    }

    private List<String> findings(String rules) throws Exception {
        Path file = Files.writeString(dir.resolve("pact.json"), """
                {"consumer": {"name": "c"}, "provider": {"name": "runflow"},
                 "interactions": [{"description": "a run", "request": {"method": "GET", "path": "/v1/runs/1"},
                   "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                     "body": %s,
                     "matchingRules": {"body": {%s}}}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """.formatted(BODY, rules));
        return PactChecker.create().check(file).get(0).result().violations().stream()
                .filter(v -> v.rule() == Rule.LOOSE_MATCHER)
                .map(Violation::toString)
                .map(s -> s.substring(s.indexOf(": ") + 2, s.lastIndexOf(" [")))
                .toList();
    }
}
