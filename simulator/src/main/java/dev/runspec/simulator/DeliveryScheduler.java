package dev.runspec.simulator;

import java.time.Instant;

/**
 * Where webhook deliveries wait for their moment: the simulator's virtual clock. A delivery
 * delayed by a minute goes out when the clock has advanced a minute, however fast that happens in
 * wall time; a test that advances the clock past it sees it delivered.
 */
interface DeliveryScheduler {

    /** The current virtual instant. */
    Instant now();

    /**
     * Runs {@code task} once the virtual clock reaches {@code when} (at once, off the caller's
     * thread, when {@code when} is not after {@link #now()}). Tasks due at the same instant run in
     * the order they were scheduled.
     */
    void at(Instant when, Runnable task);
}
