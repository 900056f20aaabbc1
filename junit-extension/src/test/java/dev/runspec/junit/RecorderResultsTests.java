package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RunResponseRecorder#results()} and {@link RunResponseRecorder#clear()} on the real Jupiter
 * engine: a test reads the verdicts itself, asserts that a drift was caught, and takes the drift
 * it expected off the check after the test.
 */
class RecorderResultsTests {

    static final String RUNNING = Recordings.text("comfydeploy-v2/running.json");
    static final String DRIFTED = Recordings.text("comfydeploy-v2/drifted.json");
    static final String CUT_OFF = Recordings.text("broken/cut-off.json");

    @Test
    void a_test_asserts_on_the_verdicts_and_clears_the_drift_it_expected() {
        ExampleRun run = ExampleRun.of(DriftDetection.class);

        assertThat(run.passed()).containsExactly("catches_the_drift_it_expects", "sees_a_snapshot_it_cannot_change");
        assertThat(run.failures()).containsOnlyKeys("reads_the_verdicts_and_leaves_them_to_the_extension",
                "records_again_after_clearing");
    }

    @Test
    void reading_the_verdicts_does_not_take_them_off_the_check_after_the_test() {
        ExampleRun run = ExampleRun.of(DriftDetection.class);

        assertThat(run.failures().get("reads_the_verdicts_and_leaves_them_to_the_extension"))
                .contains("but 1 of 1 did not:%n  response 1, 2 errors and 1 warning:%n".formatted())
                .contains(Recordings.violationLine("comfydeploy-v2", "comfydeploy-v2/drifted.json", "/created_at"));
    }

    @Test
    void responses_recorded_after_clearing_are_checked_and_keep_their_numbers() {
        ExampleRun run = ExampleRun.of(DriftDetection.class);

        assertThat(run.failures().get("records_again_after_clearing"))
                .contains("but 1 of 1 did not:%n  response 2, 1 error:%n".formatted())
                .contains("[malformed-json]")
                .doesNotContain("/created_at");
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class DriftDetection {

        @Test
        void catches_the_drift_it_expects(RunResponseRecorder runs) {
            runs.record(RUNNING);
            runs.record(DRIFTED);

            List<ValidationResult> results = runs.results();
            assertThat(results).extracting(ValidationResult::isValid).containsExactly(true, false);
            assertThat(results.get(1).violations()).extracting(Violation::pointer, Violation::rule)
                    .contains(tuple("/created_at", Rule.NULL), tuple("/progress", Rule.TYPE));
            runs.clear();
            assertThat(runs.results()).isEmpty();
        }

        @Test
        void reads_the_verdicts_and_leaves_them_to_the_extension(RunResponseRecorder runs) {
            runs.record(DRIFTED);

            assertThat(runs.results()).singleElement().extracting(ValidationResult::isValid).isEqualTo(false);
        }

        @Test
        void records_again_after_clearing(RunResponseRecorder runs) {
            runs.record(DRIFTED);
            runs.clear();
            runs.record(CUT_OFF);
        }

        @Test
        void sees_a_snapshot_it_cannot_change(RunResponseRecorder runs) {
            List<ValidationResult> before = runs.results();
            runs.record(RUNNING);

            assertThat(before).isEmpty();
            assertThat(runs.results()).hasSize(1);
            assertThatThrownBy(() -> runs.results().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
