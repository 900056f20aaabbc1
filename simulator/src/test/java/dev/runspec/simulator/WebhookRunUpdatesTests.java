package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookTestRuns.COMFYDEPLOY_RUN_ID;
import static dev.runspec.simulator.WebhookTestRuns.assertConform;
import static dev.runspec.simulator.WebhookTestRuns.awaitAttempts;
import static dev.runspec.simulator.WebhookTestRuns.run;
import static dev.runspec.simulator.WebhookTestRuns.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ComfyDeploy's run updates, delivered to a real receiver: when they go out and what they carry. */
class WebhookRunUpdatesTests {

    private final WebhookTestClock clock = new WebhookTestClock();
    private WebhookTestReceiver receiver;
    private Webhooks webhooks;

    @AfterEach
    void stop() {
        webhooks.close();
        receiver.close();
        clock.close();
    }

    private Webhooks start(String apiId) throws Exception {
        receiver = new WebhookTestReceiver();
        webhooks = new Webhooks(apiId, clock, WebhookFaults.NONE, 1, null);
        return webhooks;
    }

    /** Walks a v2 run through its lifecycle, with two progress-only steps while running. */
    private static List<String> v2Lifecycle() {
        String running = run("comfydeploy-v2", "running", Map.of("progress", 0.2, "live_status", "Executing KSampler"));
        return List.of(
                run("comfydeploy-v2", "not-started"),
                run("comfydeploy-v2", "queued"),
                run("comfydeploy-v2", "started"),
                running,
                run("comfydeploy-v2", "running", Map.of("progress", 0.6, "live_status", "Executing KSampler")),
                run("comfydeploy-v2", "running", Map.of("progress", 0.6, "live_status", "Executing VAEDecode")),
                run("comfydeploy-v2", "success"));
    }

    private void walk(WebhookTarget target, List<String> bodies) {
        String previous = null;
        for (String body : bodies) {
            webhooks.runChanged(target, previous, body);
            previous = body;
        }
    }

    @Test
    void v2_sends_run_updated_on_each_status_change_and_not_on_progress_without_intermediate_status() throws Exception {
        start("comfydeploy-v2");

        walk(new WebhookTarget(receiver.url("/hooks/run"), false), v2Lifecycle());

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 4);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(webhooks.deliveries()).hasSize(4);
        assertThat(sent).extracting(delivery -> tree(delivery.body()).get("status").asString())
                .containsExactly("queued", "started", "running", "success");
        assertThat(sent).allSatisfy(delivery -> {
            assertThat(delivery.schemaId()).isEqualTo("comfydeploy-v2-webhook");
            assertThat(delivery.runId()).isEqualTo(COMFYDEPLOY_RUN_ID);
            assertThat(delivery.attempt()).isEqualTo(1);
            assertThat(delivery.responseStatus()).isEqualTo(200);
            assertThat(delivery.headers()).containsOnlyKeys("Content-Type");
        });
        assertConform(sent);
        assertThat(receiver.received()).hasSize(4).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri().getPath()).isEqualTo("/hooks/run");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("Runflow-Signature")).isNull();
        });
        assertThat(receiver.received()).extracting(request -> new String(request.body(), StandardCharsets.UTF_8))
                .as("received in the order sent, byte for byte")
                .containsExactlyElementsOf(sent.stream().map(WebhookDelivery::bodyText).toList());
    }

    @Test
    void v2_with_intermediate_status_also_sends_each_progress_and_live_status_change() throws Exception {
        start("comfydeploy-v2");

        walk(new WebhookTarget(receiver.url("/hooks/run"), true), v2Lifecycle());

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 6);
        assertThat(sent).extracting(delivery -> {
            JsonNode body = tree(delivery.body());
            return body.get("status").asString() + " " + body.get("progress") + " " + body.get("live_status");
        }).containsExactly(
                "queued 0.0 null",
                "started 0.0 null",
                "running 0.2 \"Executing KSampler\"",
                "running 0.6 \"Executing KSampler\"",
                "running 0.6 \"Executing VAEDecode\"",
                "success 1.0 null");
        assertConform(sent);
    }

    @Test
    void v2_body_has_the_servers_members_in_its_order_outputs_included_and_an_empty_list_when_there_are_none()
            throws Exception {
        start("comfydeploy-v2");
        WebhookTarget target = new WebhookTarget(receiver.url("/hook"), false);
        String running = run("comfydeploy-v2", "running");

        webhooks.runChanged(target, run("comfydeploy-v2", "started", Map.of("outputs", List.of())), running);
        webhooks.runChanged(target, running, run("comfydeploy-v2", "cancelled", Map.of("outputs", List.of())));

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 2);
        JsonNode first = tree(sent.get(0).body());
        assertThat(first.propertyNames()).containsExactly("event_type", "status", "live_status", "progress", "run_id", "outputs");
        assertThat(first.get("event_type").asString()).isEqualTo("run.updated");
        assertThat(first.get("outputs")).isEqualTo(tree(running.getBytes()).get("outputs"));
        assertThat(sent.get(0).bodyText()).startsWith("{\"event_type\": \"run.updated\", \"status\": \"running\", ");
        assertThat(sent.get(1).bodyText()).isEqualTo("{\"event_type\": \"run.updated\", \"status\": \"cancelled\", "
                + "\"live_status\": null, \"progress\": 0.0, \"run_id\": \"" + COMFYDEPLOY_RUN_ID + "\", \"outputs\": []}");
        assertConform(sent);
    }

    @Test
    void creation_sends_nothing_and_a_change_that_is_neither_status_nor_progress_sends_nothing() throws Exception {
        start("comfydeploy-v2");
        WebhookTarget target = new WebhookTarget(receiver.url("/hook"), true);
        String queued = run("comfydeploy-v2", "queued");

        webhooks.runChanged(target, null, queued);
        webhooks.runChanged(target, queued, run("comfydeploy-v2", "queued", Map.of("updated_at", "2026-02-27T11:00:00Z")));
        webhooks.runChanged(null, queued, run("comfydeploy-v2", "running"));
        clock.advance(java.time.Duration.ofMinutes(5));
        Thread.sleep(100);

        assertThat(webhooks.deliveries()).isEmpty();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void v2_sends_run_output_with_only_the_new_output_when_the_url_asks_for_it_in_target_events() throws Exception {
        start("comfydeploy-v2");
        WebhookTarget target = new WebhookTarget(receiver.url("/hook?target_events=run.output,run.updated"), false);
        String running = run("comfydeploy-v2", "running", Map.of("outputs", List.of()));
        String success = run("comfydeploy-v2", "success");

        webhooks.runChanged(target, running, success);

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 2);
        JsonNode output = tree(sent.get(0).body());
        assertThat(output.get("event_type").asString()).isEqualTo("run.output");
        assertThat(output.get("outputs")).hasSize(1);
        assertThat(output.get("outputs").get(0)).isEqualTo(tree(success.getBytes()).get("outputs").get(0));
        assertThat(tree(sent.get(1).body()).get("event_type").asString()).isEqualTo("run.updated");
        assertThat(receiver.received().get(0).uri().getQuery()).isEqualTo("target_events=run.output,run.updated");
        assertConform(sent);
    }

    @Test
    void v1_sends_the_v1_body_without_event_type_with_v1_outputs() throws Exception {
        start("comfydeploy-v1");
        WebhookTarget target = new WebhookTarget(receiver.url("/v1-hook"), false);
        String started = run("comfydeploy-v1", "started");
        String running = run("comfydeploy-v1", "running");
        String success = run("comfydeploy-v1", "success");

        webhooks.runChanged(target, null, started);
        webhooks.runChanged(target, started, running);
        webhooks.runChanged(target, running, success);

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 2);
        assertThat(sent).extracting(WebhookDelivery::schemaId).containsOnly("comfydeploy-v1-webhook");
        JsonNode last = tree(sent.get(1).body());
        assertThat(last.propertyNames()).containsExactly("status", "live_status", "progress", "run_id", "outputs");
        assertThat(last.get("status").asString()).isEqualTo("success");
        assertThat(last.get("outputs")).isEqualTo(tree(success.getBytes()).get("outputs"));
        assertConform(sent);
    }
}
