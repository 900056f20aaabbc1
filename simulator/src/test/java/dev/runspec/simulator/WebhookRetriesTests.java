package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookTestRuns.assertConform;
import static dev.runspec.simulator.WebhookTestRuns.awaitQuiet;
import static dev.runspec.simulator.WebhookTestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.runspec.core.RunflowSignature;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each provider's retries against a real receiver that fails, is down or is slow: the attempts, their
 * virtual times and headers, and that nothing reaches the simulator but the record.
 */
class WebhookRetriesTests {

    static final byte[] SECRET = "whsec_runspec_simulator".getBytes(StandardCharsets.UTF_8);

    private final WebhookTestClock clock = new WebhookTestClock();
    private final WebhookTestReceiver receiver = new WebhookTestReceiver();
    private Webhooks webhooks;

    WebhookRetriesTests() throws Exception {
    }

    @AfterEach
    void stop() {
        webhooks.close();
        receiver.close();
        clock.close();
    }

    private void comfyDeployStatusChange(URI url) {
        webhooks.runChanged(new WebhookTarget(url, false), run("comfydeploy-v2", "queued"), run("comfydeploy-v2", "started"));
    }

    private void runflowSucceeds(URI url) {
        webhooks.runChanged(new WebhookTarget(url, false), run("runflow-v1", "running"), run("runflow-v1", "succeeded"));
    }

    /** Moves the clock in steps and waits for what each step sent to be answered. */
    private List<WebhookDelivery> advance(Duration... steps) throws InterruptedException {
        awaitQuiet(webhooks);
        for (Duration step : steps) {
            clock.advance(step);
            awaitQuiet(webhooks);
        }
        return webhooks.deliveries();
    }

    private static Duration between(WebhookDelivery earlier, WebhookDelivery later) {
        return Duration.between(earlier.sentAt(), later.sentAt());
    }

    @Test
    void comfydeploy_tries_three_times_waiting_half_a_second_then_a_second_plus_at_most_ten_percent() throws Exception {
        receiver.answering(request -> 500);
        webhooks = new Webhooks("comfydeploy-v2", clock, WebhookFaults.NONE, 11, null);

        comfyDeployStatusChange(receiver.url("/hook"));

        assertThat(advance(Duration.ofMillis(499))).hasSize(1);
        assertThat(advance(Duration.ofMillis(51))).hasSize(2);
        List<WebhookDelivery> attempts = advance(Duration.ofMillis(1100), Duration.ofHours(1));
        assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(WebhookDelivery::responseStatus).containsOnly(500);
        assertThat(attempts.get(0).sentAt()).isEqualTo(WebhookTestClock.START);
        assertThat(between(attempts.get(0), attempts.get(1))).isBetween(Duration.ofMillis(500), Duration.ofMillis(550));
        assertThat(between(attempts.get(1), attempts.get(2))).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1100));
        assertThat(attempts).extracting(WebhookDelivery::bodyText).containsOnly(attempts.get(0).bodyText());
        assertThat(receiver.received()).hasSize(3);
        assertConform(attempts);
    }

    @Test
    void comfydeploy_stops_at_the_first_2xx() throws Exception {
        receiver.answering(request -> request == 1 ? 502 : 204);
        webhooks = new Webhooks("comfydeploy-v1", clock, WebhookFaults.NONE, 11, null);

        webhooks.runChanged(new WebhookTarget(receiver.url("/hook"), false), run("comfydeploy-v1", "queued"),
                run("comfydeploy-v1", "running"));

        List<WebhookDelivery> attempts = advance(Duration.ofSeconds(1), Duration.ofHours(1));
        assertThat(attempts).extracting(WebhookDelivery::responseStatus).containsExactly(502, 204);
    }

    @Test
    void runflow_retries_exponentially_with_the_same_request_id_bytes_and_signature_until_a_2xx() throws Exception {
        receiver.answering(request -> request < 3 ? 503 : 200);
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 11, SECRET);

        runflowSucceeds(receiver.url("/cb"));

        List<WebhookDelivery> attempts = advance(Duration.ofSeconds(33), Duration.ofSeconds(66), Duration.ofDays(1));
        assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(WebhookDelivery::responseStatus).containsExactly(503, 503, 200);
        assertThat(between(attempts.get(0), attempts.get(1))).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(33));
        assertThat(between(attempts.get(1), attempts.get(2))).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(66));
        List<WebhookTestReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(request -> request.header("Runflow-Request-Id")).containsOnly(
                received.get(0).header("Runflow-Request-Id"));
        assertThat(received).extracting(request -> request.header("Runflow-Signature")).containsOnly(
                RunflowSignature.sign(received.get(0).body(), SECRET));
        assertThat(received).extracting(request -> new String(request.body(), StandardCharsets.UTF_8))
                .containsOnly(attempts.get(0).bodyText());
        assertConform(attempts);
    }

    @Test
    void runflow_gives_up_after_five_attempts() throws Exception {
        receiver.answering(request -> 500);
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 11, SECRET);

        runflowSucceeds(receiver.url("/cb"));

        List<WebhookDelivery> attempts = advance(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3),
                Duration.ofMinutes(5), Duration.ofDays(1));
        assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3, 4, 5);
        assertThat(between(attempts.get(3), attempts.get(4))).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(4).plusSeconds(24));
    }

    @Test
    void a_receiver_that_is_down_gets_every_attempt_recorded_with_minus_one_and_nothing_is_thrown() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/down");
        }
        webhooks = new Webhooks("runflow-v1", clock, WebhookFaults.NONE, 11, SECRET);
        URI down = closedPort;

        assertThatCode(() -> runflowSucceeds(down)).doesNotThrowAnyException();

        List<WebhookDelivery> attempts = advance(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3),
                Duration.ofMinutes(5), Duration.ofDays(1));
        assertThat(attempts).hasSize(5).extracting(WebhookDelivery::responseStatus).containsOnly(-1);
        assertThat(attempts).extracting(WebhookDelivery::url).containsOnly(down);
    }

    @Test
    void a_url_the_client_cannot_post_to_is_recorded_as_minus_one_and_holds_nothing_up() throws Exception {
        webhooks = new Webhooks("comfydeploy-v2", clock, WebhookFaults.NONE, 11, null);

        comfyDeployStatusChange(URI.create("ftp://127.0.0.1/hook"));
        comfyDeployStatusChange(receiver.url("/hook"));

        List<WebhookDelivery> attempts = advance(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(attempts).filteredOn(attempt -> attempt.url().getScheme().equals("ftp"))
                .extracting(WebhookDelivery::responseStatus).containsExactly(-1, -1, -1);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void a_slow_receiver_times_out_as_minus_one_and_is_retried() throws Exception {
        receiver.pausing(Duration.ofSeconds(2));
        webhooks = new Webhooks("comfydeploy-v2", clock, WebhookFaults.NONE, 11, null, Duration.ofMillis(200));

        comfyDeployStatusChange(receiver.url("/slow"));

        List<WebhookDelivery> attempts = advance(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(attempts).extracting(WebhookDelivery::responseStatus).containsExactly(-1, -1, -1);
    }

    @Test
    void close_drops_pending_deliveries_and_retries_and_returns_while_an_attempt_is_in_flight() throws Exception {
        receiver.pausing(Duration.ofSeconds(3)).answering(request -> 500);
        webhooks = new Webhooks("comfydeploy-v2", clock, WebhookFaults.NONE, 11, null);
        comfyDeployStatusChange(receiver.url("/hook"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (receiver.received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        webhooks.runChanged(new WebhookTarget(receiver.url("/hook"), false), run("comfydeploy-v2", "started"),
                run("comfydeploy-v2", "running"));

        webhooks.close();
        webhooks.runChanged(new WebhookTarget(receiver.url("/hook"), false), run("comfydeploy-v2", "running"),
                run("comfydeploy-v2", "success"));
        clock.advance(Duration.ofHours(1));
        Thread.sleep(200);

        assertThat(receiver.received()).hasSize(1);
        assertThat(webhooks.attemptsUnderway()).isZero();
        assertThat(webhooks.deliveries()).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(attempt -> assertThat(attempt.responseStatus()).isEqualTo(-1));
    }
}
