package dev.runspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.junit.RecordedRuns;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;

/**
 * The client's parsing tests run on recorded responses, one invocation per file. Each recording is
 * checked before the test body sees it, so a recording that no longer follows the contract fails
 * on its own instead of making a parsing test pass on a shape the provider never sends.
 */
class RecordedRunFixturesTests {

    @ParameterizedTest
    @RecordedRuns(value = "recordings/runflow-v1", schema = "runflow-v1", strict = true)
    void every_runflow_run_has_a_status_and_a_creation_time(JsonNode run) {
        assertThat(run.get("status_code").asString()).isNotBlank();
        assertThat(run.get("created_at").asString()).endsWith("Z");
    }

    @ParameterizedTest
    @RecordedRuns(value = "recordings/comfydeploy-v2/*.json", schema = "comfydeploy-v2")
    void every_v2_run_names_its_workflow(String body) {
        assertThat(body).contains("\"workflow_id\"");
    }

    @ParameterizedTest
    @RecordedRuns("recordings/**/*.json")
    void every_recording_follows_the_contract_its_shape_shows(Path recording) {
        assertThat(recording).isRegularFile();
    }
}
