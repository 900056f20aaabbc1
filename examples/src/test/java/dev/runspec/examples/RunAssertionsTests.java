package dev.runspec.examples;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import dev.runspec.junit.RunSoftAssertions;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertionsProvider;
import org.junit.jupiter.api.Test;

/** runspec's AssertJ assertions on recorded and drifted responses. */
class RunAssertionsTests {

    @Test
    void recorded_runs_follow_their_contracts() {
        assertThatRun(Path.of("recordings/runflow-v1/succeeded.json")).conformsTo("runflow-v1").hasNoWarnings();
        assertThatRun(Path.of("recordings/comfydeploy-v2/running.json")).conformsToDetectedSchema();
    }

    @Test
    void drifted_responses_are_caught_where_they_drift() {
        assertThatRun(Path.of("drifted/null-progress.json"))
                .usingSchema("comfydeploy-v2")
                .hasViolation("/progress", "null");
        assertThatRun(Path.of("drifted/renamed-status-field.json"))
                .usingSchema("runflow-v1")
                .hasViolation("/status_code", Rule.REQUIRED)
                .violations()
                .extracting(Violation::pointer, Violation::rule)
                .containsExactly(
                        tuple("/status_code", Rule.REQUIRED),
                        tuple("/status", Rule.UNKNOWN_PROPERTY));
    }

    @Test
    void soft_assertions_check_several_recordings_at_once() {
        SoftAssertionsProvider.assertSoftly(RunSoftAssertions.class, softly -> {
            softly.assertThatRun(Path.of("recordings/runflow-v1/failed-at-execution.json")).conformsTo("runflow-v1");
            softly.assertThatRun(Path.of("recordings/runflow-v1/flow-running-with-node-runs.json")).conformsTo("runflow-v1");
            softly.assertThatRun(Path.of("recordings/comfydeploy-v2-error/run-id-not-a-uuid.json"))
                    .conformsTo("comfydeploy-v2-error");
        });
    }
}
