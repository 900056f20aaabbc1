package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cancel endpoints: ComfyDeploy v2's and Runflow's admin cancellation; v1 has none. */
class CancelTest {

    @Test
    void comfydeploy_v2_cancels_a_running_run_with_its_end_time_and_later_polls_keep_it() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2"))) {
            String id = Http.create(simulator, "X-Runspec-Script", "success");
            simulator.clock().advance(Duration.ofSeconds(10));
            HttpResponse<String> cancel = Http.post(URI.create(simulator.baseUrl() + "/run/" + id + "/cancel"), "");
            assertThat(cancel.statusCode()).isEqualTo(200);
            simulator.clock().advance(Duration.ofMinutes(5));
            String body = Http.get(Http.runUri(simulator, id)).body();
            assertThat(Http.status("comfydeploy-v2", body)).isEqualTo("cancelled");
            assertThat(Http.member(body, "ended_at")).isEqualTo("2026-01-05T09:00:10.000000Z");
        }
    }

    @Test
    void runflow_cancels_with_201_and_answers_200_unchanged_once_finished() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1"))) {
            String id = Http.create(simulator, "X-Runspec-Script", "succeeded");
            URI cancel = URI.create(simulator.baseUrl() + "/v1/admin/runs/" + id + "/cancellation");
            HttpResponse<String> first = Http.post(cancel, "{\"reason\":\"stuck in the queue\"}");
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(Http.status("runflow-v1", first.body())).isEqualTo("cancelled");
            HttpResponse<String> second = Http.post(cancel, "{}");
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
        }
    }

    @Test
    void comfydeploy_v1_has_no_cancel_endpoint() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v1"))) {
            String id = Http.create(simulator);
            HttpResponse<String> cancel = Http.post(URI.create(simulator.baseUrl() + "/run/" + id + "/cancel"), "");
            assertThat(cancel.statusCode()).isEqualTo(404);
        }
    }
}
