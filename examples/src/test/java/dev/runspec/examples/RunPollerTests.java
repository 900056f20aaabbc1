package dev.runspec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.generator.RunGenerator;
import dev.runspec.simulator.ReceivedRequest;
import dev.runspec.simulator.SimulatedRun;
import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RunPoller} against runspec's provider simulator: every built-in script of every API (every
 * terminal status, the documented anomalies), through 429s, 5xx answers, resets and empty answers,
 * ends with the run's own status and every one of its output URLs. The simulator's virtual clock
 * stands in for the poller's sleep, so a 24-hour run takes no wall time.
 */
class RunPollerTests {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    void ends_every_built_in_script_with_the_runs_status_and_all_its_outputs(String api) throws Exception {
        SimulatorOptions options = SimulatorOptions.api(api).seed(11)
                .faults("429:0.1,retry-after=3,503:0.05,502:0.05,reset:0.03,empty:0.03");
        try (Simulator simulator = Simulator.start(options)) {
            RunPoller poller = new RunPoller(HTTP, simulator.baseUrl(), api)
                    .sleeper(simulator.clock()::advance).backoff(Duration.ofSeconds(1), Duration.ofMinutes(10));
            for (String script : simulator.scriptNames()) {
                String id = create(simulator, script);

                RunPoller.Finished finished = poller.await(id, Duration.ofHours(30));

                SimulatedRun run = simulator.run(id);
                List<String> bodies = run.bodies();
                JsonNode last = JSON.readTree(bodies.get(bodies.size() - 1));
                assertThat(finished.status()).as(script).isEqualTo(run.status());
                assertThat(run.isFinished()).as(script).isTrue();
                assertThat(finished.outputUrls()).as("%s: every output URL", script)
                        .containsExactlyElementsOf(urls(last.get(api.startsWith("runflow") ? "output" : "outputs")));
            }
            assertThat(simulator.requests().stream().map(ReceivedRequest::fault).filter(f -> !f.isEmpty()).distinct())
                    .as("the faults were really served").contains("429").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    void knows_every_terminal_status_the_api_has(String api) {
        RunPoller poller = new RunPoller(HTTP, URI.create("http://127.0.0.1:1"), api);

        assertThat(poller.terminalStatuses()).isEqualTo(RunGenerator.forSchema(api).terminalStatuses());
    }

    @Test
    void waits_as_long_as_a_429_asks_before_asking_again() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").faults("429@step1,retry-after=7"))) {
            String id = create(simulator, "succeeded");
            new RunPoller(HTTP, simulator.baseUrl(), "runflow-v1").sleeper(simulator.clock()::advance)
                    .await(id, Duration.ofMinutes(5));

            List<ReceivedRequest> polls = simulator.requests().stream().filter(r -> r.method().equals("GET")).toList();
            assertThat(polls.get(0).status()).isEqualTo(429);
            assertThat(Duration.between(polls.get(0).at(), polls.get(1).at())).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void gives_up_on_a_provider_that_keeps_failing_and_on_a_run_that_never_ends() throws Exception {
        try (Simulator failing = Simulator.start(SimulatorOptions.api("comfydeploy-v2").faults("503"))) {
            String id = create(failing, "success");
            RunPoller poller = new RunPoller(HTTP, failing.baseUrl(), "comfydeploy-v2").sleeper(failing.clock()::advance);

            assertThatThrownBy(() -> poller.await(id, Duration.ofHours(1)))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("failed 8 times in a row");
        }
        try (Simulator slow = Simulator.start(SimulatorOptions.api("comfydeploy-v2"))) {
            String id = create(slow, "timeout-read-time");
            RunPoller poller = new RunPoller(HTTP, slow.baseUrl(), "comfydeploy-v2").sleeper(slow.clock()::advance);

            assertThatThrownBy(() -> poller.await(id, Duration.ofHours(1))).isInstanceOf(TimeoutException.class);
            Instant started = slow.requests().get(0).at();
            assertThat(Duration.between(started, slow.clock().now())).isLessThanOrEqualTo(Duration.ofHours(1));
        }
    }

    /** Creates a run on {@code script} as a client would, over HTTP, and returns its id. */
    static String create(Simulator simulator, String script) throws Exception {
        boolean runflow = simulator.api().startsWith("runflow");
        String path = switch (simulator.api()) {
            case "comfydeploy-v1" -> "/run";
            case "comfydeploy-v2" -> "/run/deployment/queue";
            default -> "/v1/models/acme/flux/runs";
        };
        String body = runflow ? "{\"input\":{\"prompt\":\"a lighthouse\"}}"
                : "{\"deployment_id\":\"15e79589-12c9-453c-a41a-348fdd7de957\",\"inputs\":{\"prompt\":\"a lighthouse\"}}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Content-Type", "application/json").header("X-Runspec-Script", script)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isBetween(200, 201);
        return JSON.readTree(created.body()).get(runflow ? "id" : "run_id").asString();
    }

    private static List<String> urls(JsonNode node) {
        List<String> urls = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(member -> {
                if (member.getKey().equals("url") && member.getValue().isString()) {
                    urls.add(member.getValue().asString());
                } else {
                    urls.addAll(urls(member.getValue()));
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(item -> urls.addAll(urls(item)));
        }
        return urls;
    }
}
