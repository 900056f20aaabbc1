package dev.runspec.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A virtual clock for webhook tests: time moves only when the test calls {@link #advance}. Due
 * tasks run in order (by instant, then by scheduling order) on one thread of their own, never on
 * the thread that scheduled them.
 */
final class WebhookTestClock implements DeliveryScheduler, AutoCloseable {

    static final Instant START = Instant.parse("2026-02-27T10:54:47.607553Z");

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "webhook-test-clock");
        thread.setDaemon(true);
        return thread;
    });
    private final PriorityQueue<Due> waiting = new PriorityQueue<>();
    private Instant now = START;
    private long scheduled;

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void at(Instant when, Runnable task) {
        if (when.isAfter(now)) {
            waiting.add(new Due(when, scheduled++, task));
        } else {
            runner.execute(task);
        }
    }

    /** Moves the clock on and starts every task now due, in order; waits until they have run. */
    void advance(Duration duration) {
        synchronized (this) {
            now = now.plus(duration);
            while (!waiting.isEmpty() && !waiting.peek().when().isAfter(now)) {
                runner.execute(waiting.poll().task());
            }
        }
        settle();
    }

    /** Waits until every task started so far has run. */
    void settle() {
        try {
            runner.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the test clock's tasks did not finish within 10 s", e);
        }
    }

    /** Tasks scheduled for later than now. */
    synchronized int waiting() {
        return waiting.size();
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    private record Due(Instant when, long order, Runnable task) implements Comparable<Due> {

        @Override
        public int compareTo(Due other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
