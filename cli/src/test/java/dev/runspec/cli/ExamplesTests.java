package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.cli.Invocation.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.runspec.shaded.jackson.databind.JsonNode;

/** The README's first command and what examples/drifted is meant to show. */
class ExamplesTests {

    @Test
    void every_recording_conforms_and_warns_only_of_the_documented_read_time_timeout() {
        Outcome outcome = runspec("validate", "--format", "json", "../examples/recordings");

        assertThat(outcome.status()).isZero();
        assertThat(ReportJson.results(outcome.out())).allSatisfy(result -> assertThat(result.get("valid").asBoolean()).isTrue());
        // ComfyDeploy computes "timeout" on read for a run that never started and leaves ended_at null:
        // a documented quirk, so the lifecycle rule warns and never fails.
        assertThat(ReportJson.violations(outcome.out())).singleElement().satisfies(v -> {
            assertThat(v.get("rule").asString()).isEqualTo("lifecycle-terminal-without-end");
            assertThat(v.get("severity").asString()).isEqualTo("warning");
            assertThat(v.get("related").get(0).get("pointer").asString()).isEqualTo("/status");
        });
    }

    @Test
    void the_recordings_cover_all_five_schemas_and_auto_detection_picks_the_folder_s_schema() {
        Outcome outcome = runspec("validate", "--format", "json", "../examples/recordings");

        List<JsonNode> results = ReportJson.results(outcome.out());
        assertThat(results).extracting(r -> r.get("schema").asString()).containsOnly(
                "comfydeploy-v1-ts", "comfydeploy-v1", "comfydeploy-v2", "comfydeploy-v2-error", "runflow-v1")
                .contains("comfydeploy-v1-ts", "comfydeploy-v1", "comfydeploy-v2", "comfydeploy-v2-error", "runflow-v1");
        assertThat(results).allSatisfy(r -> assertThat(r.get("input").asString())
                .startsWith("../examples/recordings/" + r.get("schema").asString() + "/"));
    }

    @Test
    void every_recording_also_conforms_in_strict_mode() {
        assertThat(runspec("validate", "--strict", "../examples/recordings").status()).isZero();
    }

    @ParameterizedTest(name = "{0}: {2} at {1}")
    @CsvSource({
        "unknown-status.json,              /status_code, enum,           runflow-v1",
        "null-progress.json,               /progress,    null,           comfydeploy-v2",
        "renamed-status-field.json,        /status_code, required,       runflow-v1",
        "gateway-timeout-page.json,        '',           malformed-json, auto",
        "cost-in-scientific-notation.json, /cost,        pattern,        runflow-v1",
    })
    void each_drifted_file_fails_with_the_drift_it_was_written_for(String file, String pointer, String rule, String schema) {
        Outcome outcome = runspec("validate", "--format", "json", "../examples/drifted/" + file);

        assertThat(outcome.status()).isEqualTo(1);
        JsonNode result = ReportJson.results(outcome.out()).get(0);
        assertThat(result.get("schema").asString()).isEqualTo(schema);
        assertThat(result.get("violations")).filteredOn(v -> v.get("severity").asString().equals("error"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.get("pointer").asString()).isEqualTo(pointer);
                    assertThat(v.get("rule").asString()).isEqualTo(rule);
                });
    }

    @Test
    void the_drifted_polling_log_fails_on_its_third_line_only_and_warns_of_a_success_without_outputs() {
        Outcome outcome = runspec("validate", "--format", "json", "../examples/drifted/comfydeploy-v2-polling.ndjson");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.results(outcome.out()))
                .extracting(r -> r.get("line").asInt(), r -> r.get("valid").asBoolean())
                .containsExactly(
                        tuple(1, true),
                        tuple(2, true),
                        tuple(3, false),
                        tuple(4, true),
                        tuple(5, true));
        assertThat(ReportJson.violations(outcome.out()))
                .extracting(v -> v.get("pointer").asString(), v -> v.get("rule").asString(), v -> v.get("line").asInt())
                .containsExactly(
                        tuple("/started_at", "format", 3),
                        tuple("/outputs", "lifecycle-success-without-outputs", 5));
    }
}
