package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookTestRuns.assertConform;
import static dev.runspec.simulator.WebhookTestRuns.awaitQuiet;
import static dev.runspec.simulator.WebhookTestRuns.run;
import static dev.runspec.simulator.WebhookTestRuns.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delayed, repeated and reordered deliveries, drawn from the seed, against a real receiver. */
class WebhookFaultsTests {

    static final byte[] SECRET = "whsec_runspec_simulator".getBytes(StandardCharsets.UTF_8);

    /** What a receiver saw (URL by URL, each in the order received) and the simulator recorded. */
    record Outcome(List<String> received, List<String> recorded) {
    }

    /**
     * Walks a ComfyDeploy v2 run (intermediate statuses on, so every step is a delivery) and a
     * Runflow run through their lifecycles with these faults and this seed; lets the clock run an
     * hour, in steps, and returns what was delivered.
     */
    private static Outcome deliver(WebhookFaults faults, long seed) throws Exception {
        try (WebhookTestClock clock = new WebhookTestClock(); WebhookTestReceiver receiver = new WebhookTestReceiver();
                Webhooks comfy = new Webhooks("comfydeploy-v2", clock, faults, seed, null);
                Webhooks runflow = new Webhooks("runflow-v1", clock, faults, seed, SECRET)) {
            WebhookTarget comfyTarget = new WebhookTarget(receiver.url("/comfy"), true);
            String previous = null;
            for (String body : List.of(run("comfydeploy-v2", "not-started"), run("comfydeploy-v2", "queued"),
                    run("comfydeploy-v2", "started"), run("comfydeploy-v2", "running", Map.of("progress", 0.3)),
                    run("comfydeploy-v2", "running", Map.of("progress", 0.7)), run("comfydeploy-v2", "success"))) {
                comfy.runChanged(comfyTarget, previous, body);
                previous = body;
                clock.advance(Duration.ofSeconds(1));
            }
            runflow.runChanged(new WebhookTarget(receiver.url("/runflow"), false), run("runflow-v1", "running"),
                    run("runflow-v1", "succeeded"));
            for (int i = 0; i < 60; i++) {
                clock.advance(Duration.ofMinutes(1));
                awaitQuiet(comfy);
                awaitQuiet(runflow);
            }
            assertConform(comfy.deliveries());
            assertConform(runflow.deliveries());
            List<String> recorded = new java.util.ArrayList<>();
            for (WebhookDelivery delivery : comfy.deliveries()) {
                recorded.add(delivery.sentAt() + " #" + delivery.attempt() + " " + delivery.headers() + " " + delivery.bodyText());
            }
            for (WebhookDelivery delivery : runflow.deliveries()) {
                recorded.add(delivery.sentAt() + " #" + delivery.attempt() + " " + delivery.headers() + " " + delivery.bodyText());
            }
            // Each URL gets its deliveries one at a time, in order; two URLs are served side by side.
            List<String> received = receiver.received().stream()
                    .map(request -> request.uri().getPath() + " " + tree(request.body()).path("status").asString()
                            + " " + tree(request.body()).path("progress"))
                    .sorted(java.util.Comparator.comparing(line -> line.substring(0, line.indexOf(' '))))
                    .toList();
            return new Outcome(received, recorded);
        }
    }

    private static List<String> statusesAt(Outcome outcome, String path) {
        return outcome.received().stream().filter(line -> line.startsWith(path + " ")).map(line -> line.substring(path.length() + 1)).toList();
    }

    @Test
    void without_faults_each_change_is_delivered_once_in_order_when_it_happens() throws Exception {
        Outcome outcome = deliver(WebhookFaults.NONE, 5);

        assertThat(statusesAt(outcome, "/comfy")).containsExactly(
                "queued 0.0", "started 0.0", "running 0.3", "running 0.7", "success 1.0");
        assertThat(statusesAt(outcome, "/runflow")).containsExactly("succeeded ");
        assertThat(outcome.recorded().get(0)).startsWith(WebhookTestClock.START.plusSeconds(1) + " #1 ");
    }

    @Test
    void a_delay_holds_each_delivery_back_by_that_much_virtual_time() throws Exception {
        try (WebhookTestClock clock = new WebhookTestClock(); WebhookTestReceiver receiver = new WebhookTestReceiver();
                Webhooks webhooks = new Webhooks("comfydeploy-v2", clock, new WebhookFaults(Duration.ofSeconds(30), 0, 0), 5, null)) {
            webhooks.runChanged(new WebhookTarget(receiver.url("/hook"), false), run("comfydeploy-v2", "queued"),
                    run("comfydeploy-v2", "started"));

            clock.advance(Duration.ofSeconds(29));
            awaitQuiet(webhooks);
            Thread.sleep(50);
            assertThat(receiver.received()).isEmpty();

            clock.advance(Duration.ofSeconds(1));
            awaitQuiet(webhooks);
            assertThat(receiver.received()).hasSize(1);
            assertThat(webhooks.deliveries()).singleElement()
                    .satisfies(delivery -> assertThat(delivery.sentAt()).isEqualTo(WebhookTestClock.START.plusSeconds(30)));
        }
    }

    @Test
    void a_repeat_rate_of_one_sends_every_delivery_twice_with_the_same_bytes_and_request_id() throws Exception {
        Outcome outcome = deliver(new WebhookFaults(Duration.ZERO, 1, 0), 5);

        assertThat(statusesAt(outcome, "/comfy")).containsExactly("queued 0.0", "queued 0.0", "started 0.0", "started 0.0",
                "running 0.3", "running 0.3", "running 0.7", "running 0.7", "success 1.0", "success 1.0");
        assertThat(statusesAt(outcome, "/runflow")).containsExactly("succeeded ", "succeeded ");
        List<String> callbacks = outcome.recorded().subList(outcome.recorded().size() - 2, outcome.recorded().size());
        assertThat(callbacks.get(0)).contains("Runflow-Request-Id").isEqualTo(callbacks.get(1));
    }

    @Test
    void a_reorder_rate_of_one_swaps_each_delivery_with_the_next_and_the_last_goes_out_after_a_hold() throws Exception {
        Outcome outcome = deliver(new WebhookFaults(Duration.ZERO, 0, 1), 5);

        assertThat(statusesAt(outcome, "/comfy")).containsExactly(
                "started 0.0", "queued 0.0", "running 0.7", "running 0.3", "success 1.0");
        assertThat(statusesAt(outcome, "/runflow")).containsExactly("succeeded ");
        assertThat(outcome.recorded().get(outcome.recorded().size() - 1))
                .startsWith(WebhookTestClock.START.plusSeconds(6).plus(WebhookDispatch.REORDER_HOLD_LIMIT) + " #1 ");
    }

    @Test
    void the_same_seed_gives_the_same_deliveries_and_another_seed_other_ones() throws Exception {
        WebhookFaults faults = new WebhookFaults(Duration.ofSeconds(2), 0.5, 0.5);

        Outcome first = deliver(faults, 42);
        Outcome again = deliver(faults, 42);
        Outcome other = deliver(faults, 7);

        assertThat(again).isEqualTo(first);
        assertThat(other.recorded()).isNotEqualTo(first.recorded());
    }
}
