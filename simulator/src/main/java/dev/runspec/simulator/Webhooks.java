package dev.runspec.simulator;

import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Webhook and callback delivery for one simulator: the run engine reports every change of the body
 * a run serves, and this decides, as the provider would, whether a delivery goes out, builds its
 * body, signs it where the provider does, and delivers it with the provider's retries and the
 * configured faults, on the virtual clock.
 *
 * <ul>
 * <li>ComfyDeploy (v1, v2): {@code run.updated} on every status change, and on progress or live
 * status changes when the run asked for intermediate statuses; unsigned; 3 tries ({@link WebhookRunUpdates}).</li>
 * <li>Runflow: one callback when the run reaches a final status, signed when a secret is set,
 * retried on an exponential schedule ({@link CallbackEnvelopes}).</li>
 * </ul>
 *
 * <p>{@link #runChanged} never blocks on a receiver and never throws because of one: a receiver
 * that is down, slow or answering 500 only shows in {@link #deliveries()}.
 */
final class Webhooks implements AutoCloseable {

    /** The longest one attempt waits for the receiver to connect and answer (wall time). */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private static final Set<String> API_IDS = Set.of(WebhookRunUpdates.V1, WebhookRunUpdates.V2, "runflow-v1");

    private final DeliveryScheduler scheduler;
    private final WebhookRunUpdates runUpdates;
    private final CallbackEnvelopes callbacks;
    private final WebhookDispatch dispatch;

    /**
     * @param apiId {@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1}
     * @param scheduler the virtual clock deliveries wait on
     * @param faults delays, repeats and reordering
     * @param seed the simulator's seed (fault draws, jitter)
     * @param signingSecret Runflow's endpoint secret (UTF-8 bytes), or {@code null}: unsigned callbacks
     */
    Webhooks(String apiId, DeliveryScheduler scheduler, WebhookFaults faults, long seed, byte[] signingSecret) {
        this(apiId, scheduler, faults, seed, signingSecret, ATTEMPT_TIMEOUT);
    }

    /** As above, with another bound on each attempt (tests of slow receivers). */
    Webhooks(String apiId, DeliveryScheduler scheduler, WebhookFaults faults, long seed, byte[] signingSecret,
            Duration attemptTimeout) {
        if (!API_IDS.contains(apiId)) {
            throw new IllegalArgumentException("no webhooks for api '" + apiId
                    + "'; expected comfydeploy-v1, comfydeploy-v2 or runflow-v1");
        }
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        boolean runflow = "runflow-v1".equals(apiId);
        this.runUpdates = runflow ? null : new WebhookRunUpdates(apiId);
        this.callbacks = runflow ? new CallbackEnvelopes(signingSecret) : null;
        this.dispatch = new WebhookDispatch(scheduler, Objects.requireNonNull(faults, "faults"), seed,
                Objects.requireNonNull(attemptTimeout, "attemptTimeout"));
    }

    /**
     * Called by the run engine each time the body a run's get-run endpoint serves changes: at
     * creation ({@code previousBody} null), at each script step, on cancel. Pass the bodies as the
     * provider stores them (before any drift fault): the webhook is built from the run, not from a
     * response. Returns at once; deliveries go out on the virtual clock.
     *
     * @param target where the run's webhook goes, or {@code null} when the run has none (nothing is sent)
     * @throws IllegalArgumentException when a body is not a JSON object
     */
    void runChanged(WebhookTarget target, String previousBody, String currentBody) {
        if (target == null || target.url() == null) {
            return;
        }
        ObjectNode previous = previousBody == null ? null : WebhookJson.readObject(previousBody, "the previous run body");
        ObjectNode current = WebhookJson.readObject(Objects.requireNonNull(currentBody, "currentBody"), "the current run body");
        List<WebhookMessage> messages = callbacks != null
                ? callbacks.messages(target, previous, current, scheduler.now())
                : runUpdates.messages(target, previous, current);
        messages.forEach(dispatch::send);
    }

    /**
     * Every delivery attempt answered (or failed) so far, in the order sent; an attempt still in
     * flight shows once answered. The latest {@value WebhookDispatch#RECORD_LIMIT} are kept.
     */
    List<WebhookDelivery> deliveries() {
        return dispatch.deliveries();
    }

    /**
     * Attempts whose moment has come on the clock and that are not yet answered (queued behind an
     * earlier attempt to the same URL, or in flight); 0 when nothing is on the wire. Deliveries still
     * waiting on the clock (delay, retry backoff, reordering) are not counted.
     */
    int attemptsUnderway() {
        return dispatch.attemptsUnderway();
    }

    /** Stops promptly: pending deliveries and retries are dropped, attempts in flight abandoned. */
    @Override
    public void close() {
        dispatch.close();
    }
}
