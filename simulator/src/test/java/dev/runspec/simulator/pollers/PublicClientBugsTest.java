package dev.runspec.simulator.pollers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.simulator.SimulatedRun;
import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bugs seen in public client code (research lifecycle.md), copied into small real HTTP pollers,
 * each fail against the simulator on the script that exposes it: the same way on every run of the
 * test (a second simulator on the same seed gives the same result and serves the same bytes), with
 * the simulator's own record showing the run really did end.
 */
class PublicClientBugsTest {

    private static final long SEED = 17;

    /** One poller against one fresh simulator: what it returned and what the run really went through. */
    private record Outcome(PollResult result, String runStatus, boolean runFinished, List<String> bodies) {
    }

    @FunctionalInterface
    private interface PollerRun {
        PollResult poll(Simulator simulator, String id) throws Exception;
    }

    private static Outcome drive(String api, String script, PollerRun poller) throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api(api).seed(SEED))) {
            String id = RunEndpoints.create(simulator, script);
            PollResult result = poller.poll(simulator, id);
            SimulatedRun run = simulator.run(id);
            return new Outcome(result, run.status(), run.isFinished(), run.bodies());
        }
    }

    /** Drives the poller twice on fresh simulators of the same seed: the bug must show the same both times. */
    private static Outcome driveTwice(String api, String script, PollerRun poller) throws Exception {
        Outcome first = drive(api, script, poller);
        Outcome second = drive(api, script, poller);
        assertThat(second).as("the same seed and requests give the same outcome").isEqualTo(first);
        return first;
    }

    private static PollerRun runflowSdk() {
        return (simulator, id) -> new RunflowSdkPoller(simulator.baseUrl(), simulator.clock()::advance,
                Duration.ofSeconds(5), Duration.ofMinutes(5)).waitFor(id);
    }

    private static PollerRun cron(String api) {
        return (simulator, id) -> new ComfyDeployCronPoller(simulator.baseUrl(), api, simulator.clock()::advance,
                Duration.ofMinutes(2), 45).follow(id);
    }

    private static PollerRun node(String api, Duration interval, int maxPolls) {
        return (simulator, id) -> new ComfyUiNodePoller(simulator.baseUrl(), api, simulator.clock()::advance,
                interval, maxPolls).waitFor(id);
    }

    private static List<String> finalUrls(Outcome outcome, String member) {
        JsonNode last = RunEndpoints.JSON.readTree(outcome.bodies().get(outcome.bodies().size() - 1));
        return RunEndpoints.urlsUnder(last.get(member));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancelled", "partial_succeeded"})
    void the_runflow_sdk_polls_a_run_that_ended_until_its_own_timeout(String script) throws Exception {
        Outcome outcome = driveTwice("runflow-v1", script, runflowSdk());

        assertThat(outcome.runFinished()).as("the run itself ended").isTrue();
        assertThat(outcome.runStatus()).isEqualTo(script);
        assertThat(outcome.result().finished()).as("the SDK gave up with its timeout error").isFalse();
        assertThat(outcome.result().status()).isEqualTo(script);
        assertThat(outcome.result().polls()).isEqualTo(61);
    }

    @ParameterizedTest
    @ValueSource(strings = {"succeeded", "failed", "canceled"})
    void the_runflow_sdk_ends_on_the_three_statuses_it_knows(String script) throws Exception {
        Outcome outcome = drive("runflow-v1", script, runflowSdk());

        assertThat(outcome.result().finished()).isTrue();
        assertThat(outcome.result().status()).isEqualTo(script).isEqualTo(outcome.runStatus());
    }

    @ParameterizedTest
    @CsvSource({"comfydeploy-v2,timeout", "comfydeploy-v2,cancelled", "comfydeploy-v1,timeout", "comfydeploy-v1,cancelled"})
    void the_cron_poller_keeps_timed_out_and_cancelled_runs_pending(String api, String script) throws Exception {
        Outcome outcome = driveTwice(api, script, cron(api));

        assertThat(outcome.runFinished()).as("the run itself ended").isTrue();
        assertThat(outcome.runStatus()).isEqualTo(script);
        assertThat(outcome.result().finished()).as("still pending after 45 ticks, 90 minutes").isFalse();
        assertThat(outcome.result().status()).isEqualTo(script);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v2", "comfydeploy-v1"})
    void the_cron_poller_finds_no_url_at_outputs_0_url(String api) throws Exception {
        Outcome outcome = driveTwice(api, "success", cron(api));

        assertThat(outcome.result().finished()).isTrue();
        assertThat(outcome.result().status()).isEqualTo("success");
        assertThat(finalUrls(outcome, "outputs")).as("the URLs under outputs[].data.<kind>[].url").isNotEmpty();
        assertThat(outcome.result().urls()).as("what outputs[0].url gave").isEmpty();
    }

    @Test
    void the_comfyui_node_never_ends_a_run_that_timed_out() throws Exception {
        Outcome outcome = driveTwice("comfydeploy-v2", "timeout", node("comfydeploy-v2", Duration.ofSeconds(30), 200));

        assertThat(outcome.runFinished()).isTrue();
        assertThat(outcome.runStatus()).isEqualTo("timeout");
        assertThat(outcome.result().finished()).as("timeout is not in its terminal set").isFalse();
        assertThat(outcome.result().polls()).isEqualTo(200);
    }

    @Test
    void the_comfyui_node_returns_the_first_url_while_outputs_are_still_landing() throws Exception {
        PollerRun node = node("comfydeploy-v2", Duration.ofSeconds(2), 100);
        RunValidator validator = RunValidator.create();
        Outcome first = null;
        for (int round = 0; round < 2; round++) {
            try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").seed(SEED)
                    .script(OutputsLanding.script()))) {
                String id = RunEndpoints.create(simulator, OutputsLanding.NAME);
                PollResult result = node.poll(simulator, id);
                simulator.clock().advance(Duration.ofMinutes(5));
                RunEndpoints.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        RunEndpoints.runUri(simulator.baseUrl(), "comfydeploy-v2", id)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                SimulatedRun run = simulator.run(id);
                Outcome outcome = new Outcome(result, run.status(), run.isFinished(), run.bodies());
                assertThat(first == null ? outcome : first).isEqualTo(outcome);
                first = outcome;
                for (String body : run.bodies()) {
                    assertThat(validator.validate("comfydeploy-v2", body).violations())
                            .as("every body the script serves conforms").isEmpty();
                }
            }
        }

        assertThat(first.result().finished()).isTrue();
        assertThat(first.result().status()).as("it returned while the run was still running").isEqualTo("running");
        assertThat(first.result().urls()).containsExactly(OutputsLanding.url(1));
        assertThat(first.runStatus()).isEqualTo("success");
        assertThat(finalUrls(first, "outputs")).as("what the run finally has")
                .containsExactly(OutputsLanding.url(1), OutputsLanding.url(2), OutputsLanding.url(3));
    }

    @Test
    void the_comfyui_node_returns_one_url_of_a_finished_run_with_several() throws Exception {
        Outcome outcome = driveTwice("comfydeploy-v2", "queued-after-started", node("comfydeploy-v2", Duration.ofSeconds(30), 200));

        assertThat(outcome.result().status()).isEqualTo("success");
        assertThat(outcome.result().urls()).hasSize(1);
        assertThat(finalUrls(outcome, "outputs")).as("the run's outputs").hasSizeGreaterThan(1)
                .contains(outcome.result().urls().get(0));
    }
}
