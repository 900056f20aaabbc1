package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRunSequence;
import static dev.runspec.junit.RunAssertions.assertThatRunSequenceInNdjson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Poll sequences in JUnit: after a {@link ValidateRunResponse} test, and with {@code assertThatRunSequence}. */
class RunSequenceTests {

    /** The examples' conforming poll log: two Runflow runs and a ComfyDeploy run, interleaved. */
    static final List<String> CONFORMING = lines("conforming.ndjson");
    /** The same log with the faults clients break on. */
    static final List<String> DRIFTED = lines("drifted.ndjson");

    @Test
    void a_test_that_records_a_run_going_back_from_its_terminal_status_fails_after_the_test() {
        ExampleRun run = ExampleRun.of(RecordedPolls.class);

        assertThat(run.passed()).containsExactly("records_a_clean_run");
        assertThat(run.failures()).containsOnlyKeys("records_a_finished_run_running_again");
        assertThat(run.failures().get("records_a_finished_run_running_again"))
                .contains("but 1 of 3 did not:")
                .contains("  response 3, 1 error and 1 warning:")
                .contains("/status_code: status_code went from \"succeeded\" (response 2:1) to \"running\"; a finished run never changes status")
                .contains("[sequence-terminal-changed]");
    }

    @Test
    void a_clean_sequence_conforms_and_a_drifted_one_names_the_response_and_the_rule() {
        assertThatRunSequence(CONFORMING).conformsToDetectedSchema();
        assertThatRunSequence(DRIFTED.get(12), DRIFTED.get(15)).usingSchema("runflow-v1")
                .hasViolation(2, "/status_code", "sequence-terminal-changed");

        assertThatThrownBy(() -> assertThatRunSequence(DRIFTED.get(12), DRIFTED.get(15)).conformsTo("runflow-v1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting every response of 2 responses to conform to schema:")
                .hasMessageContaining("  response 2, 1 error and 1 warning:")
                .hasMessageContaining("[sequence-terminal-changed]");
    }

    @Test
    void an_ndjson_poll_log_is_reported_by_line() {
        String drifted = String.join("\n", DRIFTED);

        assertThatRunSequenceInNdjson(String.join("\n", CONFORMING)).conformsToDetectedSchema();
        assertThatRunSequenceInNdjson(drifted).hasViolation(16, "/status_code", "sequence-terminal-changed")
                .hasViolation(11, "/status_code", "sequence-status-transition")
                .violations().extracting(v -> v.rule().id()).contains("sequence-outputs-disappeared");
        assertThatThrownBy(() -> assertThatRunSequenceInNdjson(drifted).hasViolation(3, "/status", "sequence-terminal-changed"))
                .hasMessageContaining("Expecting line 3 of the run sequence to have a violation:");
    }

    @Test
    void soft_assertions_collect_every_sequence_failure() {
        RunSoftAssertions softly = new RunSoftAssertions();
        softly.assertThatRunSequence(List.of(DRIFTED.get(12), DRIFTED.get(15))).conformsTo("runflow-v1");
        softly.assertThatRunSequenceInNdjson(String.join("\n", DRIFTED)).conformsTo("auto");
        softly.assertThatRunSequence(CONFORMING.toArray(String[]::new)).conformsTo("auto");

        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @ValidateRunResponse(schema = "runflow-v1")
    static class RecordedPolls {

        @Test
        void records_a_clean_run(RunResponseRecorder runs) {
            // Run 0196f1d2: lines 1, 4, 7, 10, 13 and 16 of the conforming log.
            for (int line : new int[] {1, 4, 7, 10, 13, 16}) {
                runs.record(CONFORMING.get(line - 1));
            }
        }

        @Test
        void records_a_finished_run_running_again(RunResponseRecorder runs) {
            runs.record(CONFORMING.get(9));
            runs.record(CONFORMING.get(12));
            runs.record(DRIFTED.get(15));
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of("..", "examples", "poll-logs", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
