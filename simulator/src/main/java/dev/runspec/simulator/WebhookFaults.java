package dev.runspec.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhook and callback deliveries misbehave, as the providers can: each delivery held back by
 * {@code delay} of virtual time, repeated with probability {@code repeatRate}, and sent after the
 * delivery that follows it with probability {@code reorderRate} (or after 30 s of virtual time when
 * no delivery follows). A repeat carries the same bytes and, for Runflow, the same
 * {@code Runflow-Request-Id}. The choices are drawn from the simulator's seed and each delivery's
 * sequence number, so the same seed and the same run changes give the same deliveries.
 */
public record WebhookFaults(Duration delay, double repeatRate, double reorderRate) {

    /** Deliveries on time, once each, in order. */
    public static final WebhookFaults NONE = new WebhookFaults(Duration.ZERO, 0, 0);

    public WebhookFaults {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("webhook delay " + delay + " is negative");
        }
        if (!(repeatRate >= 0 && repeatRate <= 1) || !(reorderRate >= 0 && reorderRate <= 1)) {
            throw new IllegalArgumentException("webhook repeat and reorder rates lie between 0 and 1");
        }
    }
}
