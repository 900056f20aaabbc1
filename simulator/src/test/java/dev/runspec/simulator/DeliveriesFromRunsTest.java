package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunflowSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs created over HTTP with a webhook or callback URL get their deliveries from the run engine's
 * changes, on the virtual clock, without any poll.
 */
class DeliveriesFromRunsTest {

    @Test
    void a_comfydeploy_run_sends_one_update_per_stored_status_change() throws Exception {
        try (WebhookTestReceiver receiver = new WebhookTestReceiver();
                Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2"))) {
            Http.post(Http.createUri(simulator), "{\"deployment_id\":\"15e79589-12c9-453c-a41a-348fdd7de957\","
                    + "\"webhook\":\"" + receiver.url("/hook") + "\"}", "X-Runspec-Script", "success");
            simulator.clock().advance(Duration.ofMinutes(1));
            assertThat(statuses(simulator.webhooks())).containsExactly("queued", "started", "running", "uploading", "success");
            assertThat(receiver.received()).hasSize(5);
            assertThat(simulator.webhooks()).extracting(WebhookDelivery::responseStatus).containsOnly(200);
        }
    }

    @Test
    void a_status_computed_on_read_sends_nothing() throws Exception {
        try (WebhookTestReceiver receiver = new WebhookTestReceiver();
                Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v1"))) {
            Http.post(Http.createUri(simulator), "{\"webhook\":\"" + receiver.url("/hook") + "\"}",
                    "X-Runspec-Script", "timeout-read-time");
            simulator.clock().advance(Duration.ofHours(25));
            assertThat(simulator.runs().get(0).status()).isEqualTo("timeout");
            assertThat(statuses(simulator.webhooks())).containsExactly("queued", "started", "running");
        }
    }

    @Test
    void a_runflow_run_sends_one_signed_callback_at_its_end() throws Exception {
        try (WebhookTestReceiver receiver = new WebhookTestReceiver();
                Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").signingSecret("whsec_test"))) {
            Http.post(Http.createUri(simulator), "{\"input\":{},\"callback_url\":\"" + receiver.url("/cb") + "\"}",
                    "X-Runspec-Script", "partial_succeeded");
            simulator.clock().advance(Duration.ofMinutes(1));
            List<WebhookDelivery> deliveries = simulator.webhooks();
            assertThat(deliveries).singleElement().satisfies(d -> {
                assertThat(Http.member(d.bodyText(), "event")).isEqualTo("run.partial_succeeded");
                String signature = d.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Runflow-Signature"))
                        .map(h -> h.getValue().get(0)).findFirst().orElseThrow();
                assertThat(RunflowSignature.verify(d.body(), signature, "whsec_test".getBytes(StandardCharsets.UTF_8)).isValid())
                        .isTrue();
            });
        }
    }

    private static List<String> statuses(List<WebhookDelivery> deliveries) {
        return deliveries.stream().map(d -> Http.member(d.bodyText(), "status")).toList();
    }
}
