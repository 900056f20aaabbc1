package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A client creates a run over real HTTP and polls it to its end while the test advances the clock. */
class EndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    void a_created_run_is_polled_to_its_terminal_status(String api) throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api(api).seed(3))) {
            String id = Http.create(simulator);
            SimulatedRun run = simulator.run(id);
            List<String> statuses = new ArrayList<>();
            for (int poll = 0; poll < 100 && !run.isFinished(); poll++) {
                HttpResponse<String> response = Http.get(Http.runUri(simulator, id));
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"id\":\"" + id + "\"");
                String status = Http.status(api, response.body());
                if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
                    statuses.add(status);
                }
                simulator.clock().advance(Duration.ofSeconds(1));
            }
            HttpResponse<String> last = Http.get(Http.runUri(simulator, id));
            assertThat(Http.status(api, last.body())).isEqualTo(run.script().finalStatus());
            assertThat(statuses).first().isEqualTo(run.script().steps().get(0).status());
            assertThat(simulator.requests()).extracting(ReceivedRequest::status).allMatch(s -> s == 200 || s == 201);
        }
    }

    @Test
    void a_port_in_use_is_one_line() {
        try (Simulator first = Simulator.start(SimulatorOptions.api("runflow-v1"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> Simulator.start(SimulatorOptions.api("runflow-v1").port(first.port())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port() + ": ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void comfydeploy_v2_shows_queue_position_only_when_asked() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").seed(1))) {
            String id = Http.create(simulator, "X-Runspec-Script", "success");
            String plain = Http.get(Http.runUri(simulator, id)).body();
            String asked = Http.get(java.net.URI.create(Http.runUri(simulator, id) + "?queue_position=true")).body();
            assertThat(plain).contains("\"queue_position\":null");
            assertThat(asked).containsPattern("\"queue_position\":[0-9]+");
            assertThat(plain.replaceAll("\"queue_position\":[0-9a-z]+", "")).isEqualTo(asked.replaceAll("\"queue_position\":[0-9a-z]+", ""));
        }
    }
}
