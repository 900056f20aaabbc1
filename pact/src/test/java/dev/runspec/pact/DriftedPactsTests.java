package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pact files of each specification version, each with drift: an impossible value, a
 * missing required member, matchers looser than the schema. Every finding has its pointer in the
 * body, its rule and severity, and the line of the pact file to change.
 */
class DriftedPactsTests {

    private static final Path DRIFTED = Path.of("src", "test", "resources", "pacts", "drifted");

    private final PactChecker checker = PactChecker.create();

    @Test
    void a_v2_pact_with_an_impossible_status_and_a_type_matcher_on_it() {
        List<InputResult> results = checker.check(DRIFTED.resolve("v2-billing-comfydeploy.json"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.input()).endsWith("v2-billing-comfydeploy.json#a finished v1 run"
                    + " (given run 2c4e6a8b-0d1f-4357-9b2d-4f6a8c0e2a4c has finished)");
            assertThat(r.result().schemaId()).isEqualTo("comfydeploy-v1");
            assertThat(r.result().violations())
                    .extracting(Violation::pointer, Violation::rule, Violation::severity, Violation::line)
                    .containsExactly(
                            tuple("/created_at", Rule.REQUIRED, Severity.INFO, 16),
                            tuple("/status", Rule.ENUM, Severity.ERROR, 24),
                            tuple("/status", Rule.LOOSE_MATCHER, Severity.WARNING, 43),
                            tuple("/gpu", Rule.LOOSE_MATCHER, Severity.WARNING, 44));
            assertThat(r.result().violations().get(2).message()).isEqualTo("status is matched by type, which accepts any"
                    + " string, such as \"x\", in pact-jvm and in the Rust Pact core; expected one of not-started, running, uploading, success, failed, started,"
                    + " queued, timeout, cancelled");
            assertThat(r.result().violations().get(3).message()).startsWith("gpu is matched by regex ^[A-Z0-9-]+$, which accepts \"0\" in"
                    + " pact-jvm and in the Rust Pact core;");
        });
    }

    @Test
    void a_v3_pact_that_leaves_out_a_required_member_and_cascades_a_type_matcher_onto_timestamps() {
        List<InputResult> results = checker.check(DRIFTED.resolve("v3-dashboard-comfydeploy.json"));

        assertThat(results).extracting(r -> r.result().schemaId()).containsExactly("comfydeploy-v2", "comfydeploy-v2-error");
        assertThat(results.get(0).result().violations())
                .extracting(Violation::pointer, Violation::rule, Violation::severity, Violation::line)
                .containsExactly(
                        tuple("", Rule.REQUIRED, Severity.INFO, 12),
                        tuple("/outputs/0/data", Rule.REQUIRED, Severity.INFO, 17),
                        tuple("/created_at", Rule.LOOSE_MATCHER, Severity.WARNING, 29),
                        tuple("/outputs/0/created_at", Rule.LOOSE_MATCHER, Severity.WARNING, 30),
                        tuple("/outputs/0/updated_at", Rule.LOOSE_MATCHER, Severity.WARNING, 30));
        assertThat(results.get(0).result().violations().get(2).message()).isEqualTo("created_at is matched by timestamp"
                + " yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][XXX], which accepts \"2025-04-02T16:05:44\" in pact-jvm only (the Rust Pact"
                + " core rejects it); expected an RFC 3339"
                + " date-time, such as \"2025-03-27T10:15:30Z\"");
        assertThat(results.get(0).result().violations().get(3).message())
                .contains("is matched by type (cascading from $.outputs), which accepts any string");
        assertThat(results.get(1).input()).endsWith("#a run id that is not a uuid");
        assertThat(results.get(1).result().violations()).isEmpty();
    }

    @Test
    void a_v4_pact_with_loose_cost_and_status_matchers_and_an_unanchored_uuid_regex_both_engines_match_whole() {
        List<InputResult> results = checker.check(DRIFTED.resolve("v4-studio-runflow.json"));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.result().violations())
                .extracting(Violation::pointer, Violation::rule, Violation::severity, Violation::line)
                .containsExactly(
                        tuple("/target_type", Rule.ENUM, Severity.ERROR, 19),
                        tuple("/status_code", Rule.LOOSE_MATCHER, Severity.WARNING, 29),
                        tuple("/cost", Rule.LOOSE_MATCHER, Severity.WARNING, 30),
                        tuple("/node_runs/0/id", Rule.LOOSE_MATCHER, Severity.WARNING, 31),
                        tuple("/node_runs/0/cost", Rule.LOOSE_MATCHER, Severity.WARNING, 32)));
        List<String> messages = results.get(0).result().violations().stream().map(Violation::message).toList();
        assertThat(messages.get(2)).isEqualTo("cost is matched by type, which accepts any string, such as \"x\", in pact-jvm"
                + " and in the Rust Pact core; expected a decimal number written as a string, such as \"0.0125\"");
        assertThat(messages.get(4)).isEqualTo("node_runs[0].cost is matched by regex ^\\d+(\\.\\d+)?$, which accepts 1 in pact-jvm"
                + " and in the Rust Pact core; expected a string or null" + LooseMatchers.REGEX_ALONE);
    }

    @Test
    void a_loose_matcher_is_an_error_when_the_policy_says_so() {
        PactChecker strict = PactChecker.builder().policy(PactChecker.defaultPolicy().with("loose-matcher=error")).build();

        List<InputResult> results = strict.check(DRIFTED.resolve("v4-studio-runflow.json"));

        assertThat(results.get(0).result().count(Severity.ERROR)).isEqualTo(5);
        assertThat(results.get(0).result().count(Severity.WARNING)).isZero();
    }
}
