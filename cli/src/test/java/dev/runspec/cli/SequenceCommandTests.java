package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runspec sequence} end to end, on the examples' poll logs. */
class SequenceCommandTests {

    private static final String CONFORMING = "../examples/poll-logs/conforming.ndjson";
    private static final String DRIFTED = "../examples/poll-logs/drifted.ndjson";

    @Test
    void a_conforming_poll_log_exits_0_without_a_finding() {
        Outcome outcome = runspec("sequence", "--format", "json", CONFORMING);

        assertThat(outcome.status()).isZero();
        assertThat(ReportJson.violations(outcome.out())).isEmpty();
        assertThat(ReportJson.results(outcome.out())).hasSize(19);
    }

    @Test
    void the_drifted_poll_log_exits_1_with_each_finding_naming_both_lines() {
        Outcome outcome = runspec("sequence", "--format", "json", DRIFTED);

        assertThat(outcome.status()).isEqualTo(1);
        List<JsonNode> violations = ReportJson.violations(outcome.out());
        assertThat(violations).filteredOn(v -> v.get("rule").asString().startsWith("lifecycle-"))
                .extracting(v -> v.get("rule").asString(), v -> v.get("line").asInt(), v -> v.get("related").get(0).get("line").asInt())
                .contains(    // the late queued update leaves started_at set, as the provider's race does
                        tuple("lifecycle-waiting-with-start", 11, 11),
                        tuple("lifecycle-waiting-with-start", 12, 12));
        assertThat(violations).filteredOn(v -> v.get("rule").asString().startsWith("sequence-"))
                .extracting(v -> v.get("rule").asString(), v -> v.get("line").asInt(), v -> v.get("related").get(0).get("line").asInt())
                .containsExactly(
                        tuple("sequence-status-transition", 11, 8),
                        tuple("sequence-queued-after-started", 12, 9),
                        tuple("sequence-progress-decreased", 15, 12),
                        tuple("sequence-terminal-changed", 16, 13),
                        tuple("sequence-timestamp-changed", 16, 13),
                        tuple("sequence-outputs-disappeared", 19, 18));
    }

    @Test
    void the_text_report_is_one_line_per_finding_in_the_readme_form() {
        Outcome outcome = runspec("sequence", "--schema", "runflow-v1", DRIFTED);

        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("../examples/poll-logs/drifted.ndjson:16:")
                .contains("/status_code: status_code went from \"succeeded\" (line 13) to \"running\"; a finished run never changes status")
                .endsWith("[sequence-terminal-changed]"));
    }

    @Test
    void a_severity_override_turns_the_errors_into_warnings_and_the_exit_status_follows() {
        Outcome outcome = runspec("sequence", "--severity", "sequence-terminal-changed=warning",
                "--severity", "sequence-status-transition=info", DRIFTED);

        assertThat(outcome.status()).isZero();
        assertThat(runspec("sequence", "--fail-on", "warning", CONFORMING).status()).isZero();
        assertThat(runspec("sequence", "--fail-on", "warning", "--severity", "sequence-status-transition=info", DRIFTED).status())
                .isEqualTo(1);
    }

    @Test
    void standard_input_is_a_poll_log() throws IOException {
        Outcome outcome = Invocation.in(Path.of("").toAbsolutePath()).stdin(Files.readString(Path.of(DRIFTED)))
                .run("sequence", "--format", "json", "-");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.violations(outcome.out())).extracting(v -> v.get("rule").asString())
                .contains("sequence-terminal-changed");
    }

    @Test
    void a_folder_of_responses_is_one_sequence_in_name_order(@TempDir Path folder) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(DRIFTED));
        // Runflow run 0196f1d2: lines 1, 4, 7, 10, 13 and 16 of the drifted log, one file each.
        int[] of = {1, 4, 7, 10, 13, 16};
        for (int i = 0; i < of.length; i++) {
            Files.writeString(folder.resolve("poll-" + (char) ('a' + i) + ".json"), lines.get(of[i] - 1));
        }

        Outcome outcome = Invocation.in(folder).run("sequence", "--format", "json", ".");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.violations(outcome.out())).filteredOn(v -> v.get("severity").asString().equals("error"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.get("rule").asString()).isEqualTo("sequence-terminal-changed");
                    assertThat(v.get("related").get(0).get("input").asString()).isEqualTo("poll-e.json");
                });
        assertThat(ReportJson.results(outcome.out())).extracting(r -> r.get("input").asString())
                .containsExactly("poll-a.json", "poll-b.json", "poll-c.json", "poll-d.json", "poll-e.json", "poll-f.json");
    }

    @Test
    void an_unknown_schema_or_rule_is_a_usage_error() {
        assertThat(runspec("sequence", "--schema", "nope", CONFORMING).status()).isEqualTo(2);
        Outcome unknownRule = runspec("sequence", "--severity", "sequence-nope=error", CONFORMING);
        assertThat(unknownRule.status()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("sequence-terminal-changed");
        assertThat(runspec("sequence", "--idle-gap", "0", CONFORMING).status()).isEqualTo(2);
    }

    @Test
    void every_report_format_carries_the_earlier_poll() {
        assertThat(runspec("sequence", "--format", "sarif", DRIFTED).out()).contains("relatedLocations");
        assertThat(runspec("sequence", "--format", "junit", DRIFTED).out()).contains("earlier poll");
    }
}
