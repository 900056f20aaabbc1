package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which script a run follows: the cycle, the X-Runspec-Script header, the Java API, and an unknown name. */
class ScriptChoiceTest {

    @Test
    void runs_created_one_after_another_cycle_through_the_built_in_scripts() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1"))) {
            List<String> names = simulator.scriptNames();
            assertThat(names).contains("succeeded", "failed", "canceled", "cancelled", "partial_succeeded");
            for (int i = 0; i < names.size() + 1; i++) {
                Http.create(simulator);
            }
            assertThat(simulator.runs()).extracting(run -> run.script().name())
                    .startsWith(names.toArray(String[]::new)).endsWith(names.get(0));
        }
    }

    @Test
    void the_header_picks_a_script_and_a_24_hour_timeout_takes_no_wall_time() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2"))) {
            String id = Http.create(simulator, "X-Runspec-Script", "timeout-read-time");
            long started = System.nanoTime();
            simulator.clock().advance(Duration.ofHours(23));
            assertThat(Http.status("comfydeploy-v2", Http.get(Http.runUri(simulator, id)).body())).isEqualTo("running");
            simulator.clock().advance(Duration.ofHours(1).plusSeconds(10));
            String body = Http.get(Http.runUri(simulator, id)).body();
            assertThat(Http.status("comfydeploy-v2", body)).isEqualTo("timeout");
            assertThat(Http.member(body, "ended_at")).isNull();
            assertThat(System.nanoTime() - started).isLessThan(Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void an_unknown_script_is_a_400_naming_the_known_ones() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v1"))) {
            HttpResponse<String> response = Http.post(Http.createUri(simulator), "{}", "X-Runspec-Script", "sucess");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).hasLineCount(1)
                    .startsWith("unknown script 'sucess' for comfydeploy-v1; known scripts: success, failed, timeout");
            assertThat(simulator.runs()).isEmpty();
        }
    }

    @Test
    void a_script_built_in_java_is_picked_by_name() throws Exception {
        Script quick = new Script("quick", List.of(ScriptStep.of("queued", Duration.ofSeconds(1)),
                ScriptStep.of("running", Duration.ofSeconds(1)).with("nodes_completed", 0),
                ScriptStep.of("succeeded", Duration.ZERO)), List.of());
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").script(quick))) {
            SimulatedRun run = simulator.createRun("quick");
            simulator.clock().advance(Duration.ofSeconds(2));
            assertThat(Http.status("runflow-v1", Http.get(Http.runUri(simulator, run.id())).body())).isEqualTo("succeeded");
            assertThat(simulator.scriptNames()).endsWith("quick");
        }
    }
}
