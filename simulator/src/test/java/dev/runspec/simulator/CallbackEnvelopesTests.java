package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookTestRuns.RUNFLOW_RUN_ID;
import static dev.runspec.simulator.WebhookTestRuns.assertConform;
import static dev.runspec.simulator.WebhookTestRuns.awaitAttempts;
import static dev.runspec.simulator.WebhookTestRuns.run;
import static dev.runspec.simulator.WebhookTestRuns.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunflowSignature;
import dev.runspec.core.SignatureVerdict;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Runflow's terminal callbacks, delivered to a real receiver and checked as a receiver would. */
class CallbackEnvelopesTests {

    static final byte[] SECRET = "whsec_runspec_simulator".getBytes(StandardCharsets.UTF_8);

    private final WebhookTestClock clock = new WebhookTestClock();
    private final WebhookTestReceiver receiver = new WebhookTestReceiver();
    private Webhooks webhooks;

    CallbackEnvelopesTests() throws Exception {
    }

    @AfterEach
    void stop() {
        webhooks.close();
        receiver.close();
        clock.close();
    }

    /** queued → dispatching → running → {@code terminal}, reported step by step. */
    private void walkTo(String terminal, Map<String, Object> members) {
        WebhookTarget target = new WebhookTarget(receiver.url("/callbacks/runflow"), false);
        List<String> bodies = List.of(run("runflow-v1", "queued"), run("runflow-v1", "dispatching"),
                run("runflow-v1", "running"), run("runflow-v1", terminal, members));
        String previous = null;
        for (String body : bodies) {
            webhooks.runChanged(target, previous, body);
            previous = body;
        }
    }

    @ParameterizedTest(name = "{0} sends one {1} callback")
    @CsvSource({
        "succeeded, run.completed",
        "failed, run.failed",
        "canceled, run.cancelled",
        "cancelled, run.cancelled",
        "partial_succeeded, run.partial_succeeded"})
    void each_final_status_sends_one_signed_callback_with_its_event(String status, String event) throws Exception {
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 3, SECRET);

        walkTo(status, Map.of());

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 1);
        clock.advance(Duration.ofHours(1));
        assertThat(webhooks.deliveries()).hasSize(1);
        WebhookDelivery callback = sent.get(0);
        assertThat(callback.schemaId()).isEqualTo("runflow-callback");
        assertThat(callback.runId()).isEqualTo(RUNFLOW_RUN_ID);
        assertThat(callback.responseStatus()).isEqualTo(200);
        JsonNode body = tree(callback.body());
        assertThat(body.propertyNames()).containsExactly("event", "run_id", "status", "output", "duration_ms",
                "created_at", "completed_at", "metadata");
        assertThat(body.get("event").asString()).isEqualTo(event);
        assertThat(body.get("status").asString()).isEqualTo(status);
        assertThat(body.get("created_at").asString()).endsWith("+00:00");
        assertThat(body.get("completed_at").asString()).endsWith("+00:00");
        assertConform(sent);

        WebhookTestReceiver.Received received = receiver.received().get(0);
        assertThat(received.body()).isEqualTo(callback.body());
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("Runflow-Request-Id")).isNotBlank();
        SignatureVerdict verdict = RunflowSignature.verify(received.body(), received.header("Runflow-Signature"), SECRET);
        assertThat(verdict.isValid()).as(verdict.reason()).isTrue();
        byte[] tampered = received.body().clone();
        tampered[tampered.length / 2] ^= 1;
        assertThat(RunflowSignature.verify(tampered, received.header("Runflow-Signature"), SECRET).outcome())
                .isEqualTo(SignatureVerdict.Outcome.MISMATCH);
    }

    @Test
    void output_is_the_runs_output_on_success_an_error_envelope_on_failure_and_null_when_cancelled() throws Exception {
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 3, SECRET);
        WebhookTarget target = new WebhookTarget(receiver.url("/cb"), false);
        Map<String, Object> output = Map.of("outputs", List.of(Map.of("url", "https://cdn.example.com/x.webp", "type", "image")));
        String running = run("runflow-v1", "running");

        webhooks.runChanged(target, running, run("runflow-v1", "succeeded", Map.of("output", output)));
        webhooks.runChanged(target, running, run("runflow-v1", "failed",
                Map.of("failure_code", "EXECUTION_FAILED", "failure_message", "CUDA out of memory")));
        webhooks.runChanged(target, running, run("runflow-v1", "canceled"));

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 3);
        assertThat(tree(sent.get(0).body()).get("output")).isEqualTo(WebhookTestRuns.JSON.valueToTree(output));
        assertThat(sent.get(1).bodyText()).contains(
                "\"output\": {\"code\": \"EXECUTION_FAILED\", \"message\": \"CUDA out of memory\"}");
        assertThat(sent.get(2).bodyText()).contains("\"output\": null");
        assertConform(sent);
    }

    @Test
    void the_envelope_is_written_as_python_writes_it_with_the_runs_timestamps_and_metadata() throws Exception {
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 3, SECRET);
        WebhookTarget target = new WebhookTarget(receiver.url("/cb"), false);

        webhooks.runChanged(target, run("runflow-v1", "running"), run("runflow-v1", "succeeded", Map.of(
                "output", Map.of("image_urls", List.of("https://cdn.example.com/caf\u00e9.png")),
                "duration_ms", 102345,
                "created_at", "2026-05-06T10:00:00Z",
                "completed_at", "2026-05-06T10:01:42.345Z",
                "metadata", Map.of("order", "A-1042"))));

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 1);
        assertThat(sent.get(0).bodyText()).isEqualTo("{\"event\": \"run.completed\", \"run_id\": \"" + RUNFLOW_RUN_ID + "\", "
                + "\"status\": \"succeeded\", \"output\": {\"image_urls\": [\"https://cdn.example.com/caf\\u00e9.png\"]}, "
                + "\"duration_ms\": 102345, \"created_at\": \"2026-05-06T10:00:00+00:00\", "
                + "\"completed_at\": \"2026-05-06T10:01:42.345000+00:00\", \"metadata\": {\"order\": \"A-1042\"}}");
        assertConform(sent);
    }

    @Test
    void without_a_secret_callbacks_carry_no_signature_but_still_a_request_id() throws Exception {
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 3, null);

        walkTo("succeeded", Map.of());

        List<WebhookDelivery> sent = awaitAttempts(webhooks, 1);
        assertThat(sent.get(0).headers()).containsOnlyKeys("Content-Type", "Runflow-Request-Id");
        assertThat(receiver.received().get(0).header("Runflow-Signature")).isNull();
        assertThat(RunflowSignature.verify(receiver.received().get(0).body(), null, SECRET).outcome())
                .isEqualTo(SignatureVerdict.Outcome.MISSING);
    }

    @Test
    void a_run_that_was_already_final_sends_no_second_callback() throws Exception {
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 3, SECRET);
        WebhookTarget target = new WebhookTarget(receiver.url("/cb"), false);
        String succeeded = run("runflow-v1", "succeeded");

        webhooks.runChanged(target, run("runflow-v1", "running"), succeeded);
        webhooks.runChanged(target, succeeded, run("runflow-v1", "succeeded", Map.of("cost", "0.5")));

        awaitAttempts(webhooks, 1);
        clock.advance(Duration.ofHours(1));
        Thread.sleep(100);
        assertThat(webhooks.deliveries()).hasSize(1);
        assertThat(receiver.received()).hasSize(1);
    }
}
