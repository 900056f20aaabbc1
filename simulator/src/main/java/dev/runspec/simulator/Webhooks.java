package dev.runspec.simulator;

import java.util.List;

/**
 * Webhook and callback delivery for one simulator: the run engine reports every change of the body
 * a run serves, and this decides, as the provider would, whether a delivery goes out, builds its
 * body, signs it where the provider does, and delivers it with the provider's retries and the
 * configured faults, on the virtual clock.
 *
 * <p>Skeleton: the engine can already call it; delivery is built in the webhooks branch.
 */
final class Webhooks implements AutoCloseable {

    /**
     * @param apiId {@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1}
     * @param scheduler the virtual clock deliveries wait on
     * @param faults delays, repeats and reordering
     * @param seed the simulator's seed (fault draws, jitter)
     * @param signingSecret Runflow's endpoint secret (UTF-8 bytes), or {@code null}: unsigned callbacks
     */
    Webhooks(String apiId, DeliveryScheduler scheduler, WebhookFaults faults, long seed, byte[] signingSecret) {
    }

    /**
     * Called by the run engine each time the body a run's get-run endpoint serves changes: at
     * creation ({@code previousBody} null), at each script step, on cancel.
     */
    void runChanged(WebhookTarget target, String previousBody, String currentBody) {
    }

    /** Every delivery attempt so far, in the order sent. */
    List<WebhookDelivery> deliveries() {
        return List.of();
    }

    @Override
    public void close() {
    }
}
