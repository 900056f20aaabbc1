package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matchers as pact-js writes them, each finding naming the engines it holds in (checked against
 * the engines by {@link EngineVerdictsTests}); a regex both engines match against the whole value
 * and that admits only valid values is no finding.
 */
class PactJsMatchersTests {

    private static final Path ENGINES = Path.of("src", "test", "resources", "pacts", "engines");

    @Test
    void v3_matchers_of_pact_js_uuid_and_an_unanchored_alternation_are_no_findings() {
        assertThat(findings("v3-pact-js-runflow.json")).containsExactly(
                "/org_id: org_id is matched by type, which accepts any string, such as \"x\"," + B + "; expected a UUID, such as"
                        + " \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\"; its value comes from the provider state (pact-js's"
                        + " fromProviderState), which pact-js always matches by type: to check its form, match it with regex(...)"
                        + " and a fixed example instead, or check it in the consumer",
                "/source_code: source_code is matched by regex ^(playground|api|webhook)$, which accepts \"webhook\"%s;"
                        .formatted(B) + " expected one of playground, api, flow-node, null",
                "/created_at: created_at is matched by timestamp yyyy-MM-dd'T'HH:mm:ss.SSSXXX, which accepts"
                        + " \"2025-13-02T16:05:44.502Z\"" + J,
                "/started_at: started_at is matched by timestamp yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX, which accepts"
                        + " \"2025-13-02T16:05:44.502113+00:00\"" + J,
                "/completed_at: completed_at is matched by timestamp yyyy-MM-dd'T'HH:mm:ssXXX, which accepts"
                        + " \"2025-13-02T16:05:44Z\"" + J,
                "/cost: cost is matched by regex ^\\d+(\\.\\d+)?$ and type, which accepts \"\u0661\u0662\" in the Rust Pact core"
                        + " only (pact-jvm rejects it); expected a decimal number written as a string, such as \"0.0125\"",
                "/duration_ms: duration_ms is matched by type, which accepts any number, such as 1.5,%s;".formatted(B)
                        + " expected an integer or null");
    }

    @Test
    void v2_date_time_with_millis_regex_of_pact_js() {
        assertThat(findings("v2-pact-js-runflow.json")).containsExactly("/completed_at: completed_at is matched by regex"
                + " ^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+\u2026 (75 characters), which accepts"
                + " \"2025-13-02T10:05:39.616Z\"%s; expected an RFC 3339 date-time, such as".formatted(B)
                + " \"2025-03-27T10:15:30Z\"");
    }

    @Test
    void include_null_number_boolean_and_either_or_matchers_while_integer_equality_and_an_exact_enum_regex_hold() {
        assertThat(findings("v3-other-matchers-runflow.json")).containsExactly(
                "/id: id is matched by null, which accepts null" + B + "; expected a string",
                "/status_code: status_code is matched by include \"succ\", which accepts \"succeededx\"" + B + "; expected one of"
                        + " queued, dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded",
                "/target_type: target_type is matched by regex ^(model|flow|comfyui)$ or type, which accepts \"x\"" + B
                        + "; expected one of model, flow, comfyui, null",
                "/duration_ms: duration_ms is matched by number, which accepts 1.5" + B + "; expected an integer or null",
                "/has_logs: has_logs is matched by boolean, which accepts \"true\"" + B + "; expected a boolean or null");
    }

    @Test
    void a_regex_inside_an_array_contains_variant_lets_a_number_through() {
        assertThat(findings("v4-pact-js-array-contains.json")).containsExactly("/node_runs/0/cost: node_runs[0].cost is"
                + " matched by regex ^[0-9]+\\.[0-9]+$ (in arrayContains variant 0 of $.node_runs), which accepts 1.5" + B
                + "; expected a string or null" + LooseMatchers.REGEX_ALONE);
    }

    private static final String B = " in pact-jvm and in the Rust Pact core";
    private static final String J = " in pact-jvm only (the Rust Pact core rejects it); expected an RFC 3339 date-time,"
            + " such as \"2025-03-27T10:15:30Z\"";

    private static List<String> findings(String file) {
        return PactChecker.create().check(ENGINES.resolve(file)).get(0).result().violations().stream()
                .filter(v -> v.rule() == Rule.LOOSE_MATCHER)
                .map(v -> v.pointer() + ": " + v.message())
                .toList();
    }
}
