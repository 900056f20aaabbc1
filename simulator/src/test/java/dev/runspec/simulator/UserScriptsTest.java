package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scripts from the user's JSON or YAML file, and one clear line for each mistake in one. */
class UserScriptsTest {

    @TempDir
    Path dir;

    @Test
    void a_yaml_script_is_followed_and_replaces_a_built_in_one_of_the_same_name() throws Exception {
        Path file = Files.writeString(dir.resolve("scripts.yaml"), """
                scripts:
                  - name: slow-success
                    apis: [comfydeploy-v2]
                    steps:
                      - {status: not-started, next: 1m}
                      - {status: queued, next: 30s}
                      - {status: running, next: 2m, set: {progress: 0.5, live_status: "Executing KSampler"}}
                      - {status: success}
                  - name: failed
                    steps:
                      - {status: not-started, next: 2s}
                      - {status: failed}
                  - name: runflow-only
                    apis: runflow-v1
                    steps:
                      - {status: queued}
                """);
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").scripts(file))) {
            assertThat(simulator.scriptNames()).contains("slow-success").doesNotContain("runflow-only");
            assertThat(simulator.scripts()).filteredOn(s -> s.name().equals("failed")).singleElement()
                    .extracting(s -> s.steps().size()).isEqualTo(2);
            String id = Http.create(simulator, "X-Runspec-Script", "slow-success");
            simulator.clock().advance(Duration.ofSeconds(90));
            String body = Http.get(Http.runUri(simulator, id)).body();
            assertThat(Http.status("comfydeploy-v2", body)).isEqualTo("running");
            assertThat(body).contains("\"progress\":0.5", "\"live_status\":\"Executing KSampler\"");
            simulator.clock().advance(Duration.ofMinutes(2));
            assertThat(Http.status("comfydeploy-v2", Http.get(Http.runUri(simulator, id)).body())).isEqualTo("success");
        }
    }

    @Test
    void a_json_script_file_reads_the_same() throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"),
                "{\"name\":\"quick\",\"steps\":[{\"status\":\"queued\",\"next\":\"PT1S\"},{\"status\":\"canceled\"}]}");
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").scripts(file))) {
            SimulatedRun run = simulator.createRun("quick");
            simulator.clock().advance(Duration.ofSeconds(1));
            assertThat(Http.status("runflow-v1", Http.get(Http.runUri(simulator, run.id())).body())).isEqualTo("canceled");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "scripts: [{name: a, steps: [{status: done}]}]"
                    + "|s.yaml: script 'a' step 1: status 'done' is not one of queued, dispatching, running, succeeded, partial_succeeded, failed, canceled, cancelled",
            "scripts: [{name: a, steps: [{status: queued, nxt: 2s}]}]"
                    + "|s.yaml: script 'a' step 1: unknown key 'nxt'; expected next, read_time, set, status, without_end",
            "scripts: [{name: a, steps: [{status: queued, next: soon}]}]"
                    + "|s.yaml: script 'a' step 1: 'soon' is not a duration such as 500ms, 2s, 10m, 24h or PT2S",
            "scripts: [{name: a, steps: []}]|s.yaml: script 'a': 'steps' is a list of at least one step",
            "scripts: [{steps: [{status: queued}]}]|s.yaml: a script has no name",
            "'[unclosed'|s.yaml: not JSON or YAML: "})
    void a_mistake_in_a_scripts_file_is_one_line_naming_the_file_script_and_step(String yaml, String message)
            throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), yaml.startsWith("'") ? "[unclosed" : yaml);
        assertThatThrownBy(() -> Simulator.start(SimulatorOptions.api("runflow-v1").scripts(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString().replace("s.yaml", "") + message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
