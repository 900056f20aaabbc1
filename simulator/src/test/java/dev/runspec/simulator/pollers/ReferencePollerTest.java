package dev.runspec.simulator.pollers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.simulator.SimulatedRun;
import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The poller that knows every terminal status and where outputs live ends every built-in script of
 * every API with the run's own status and all of its output URLs, with and without transport faults.
 */
class ReferencePollerTest {

    @ParameterizedTest(name = "{0} faults=''{1}''")
    @CsvSource({"comfydeploy-v1,''", "comfydeploy-v2,''", "runflow-v1,''",
            "comfydeploy-v2,'429:0.1,503:0.1,reset:0.05,empty:0.05'", "runflow-v1,'429:0.1,502:0.1,reset:0.05'"})
    void ends_every_built_in_script_with_the_runs_status_and_all_its_outputs(String api, String faults) throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api(api).seed(5).faults(faults))) {
            List<String> scripts = simulator.scriptNames();
            assertThat(scripts).hasSizeGreaterThanOrEqualTo(6);
            for (String script : scripts) {
                String id = RunEndpoints.create(simulator, script);
                PollResult result = new ReferencePoller(simulator.baseUrl(), api, simulator.clock()::advance, 5_000,
                        Duration.ofHours(48)).waitFor(id);
                SimulatedRun run = simulator.run(id);
                List<String> bodies = run.bodies();
                JsonNode last = RunEndpoints.JSON.readTree(bodies.get(bodies.size() - 1));

                assertThat(result.finished()).as("%s finished", script).isTrue();
                assertThat(run.isFinished()).as("%s: the run had ended", script).isTrue();
                assertThat(result.status()).as(script).isEqualTo(run.status());
                assertThat(result.urls()).as("%s outputs", script)
                        .isEqualTo(RunEndpoints.urlsUnder(last.get(api.startsWith("runflow") ? "output" : "outputs")));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void waits_for_the_end_of_a_run_whose_outputs_land_one_at_a_time() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").script(OutputsLanding.script()))) {
            String id = RunEndpoints.create(simulator, OutputsLanding.NAME);
            PollResult result = new ReferencePoller(simulator.baseUrl(), "comfydeploy-v2", simulator.clock()::advance, 100,
                    Duration.ofHours(1)).waitFor(id);

            assertThat(result.status()).isEqualTo("success");
            assertThat(result.urls()).containsExactly(OutputsLanding.url(1), OutputsLanding.url(2), OutputsLanding.url(3));
        }
    }
}
