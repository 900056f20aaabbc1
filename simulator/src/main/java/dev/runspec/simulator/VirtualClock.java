package dev.runspec.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The simulator's time: runs move through their scripts, and webhooks wait, on this clock, never on
 * the machine's. A manual clock stands still until a test {@link #advance advances} it, so a 24-hour
 * script finishes in no wall time; a scaled clock runs at {@code speed} times wall time from its
 * start (and can be advanced as well).
 */
public final class VirtualClock implements AutoCloseable {

    private final Instant start;
    private final double speed;
    private final long wallStart = System.nanoTime();
    private final PriorityQueue<Task> due = new PriorityQueue<>();
    private final ExecutorService runner;
    private final ScheduledExecutorService ticker;
    private volatile BooleanSupplier quiet = () -> true;
    private final java.util.concurrent.atomic.AtomicLong submitted = new java.util.concurrent.atomic.AtomicLong();
    private Duration advanced = Duration.ZERO;
    private long sequence;

    private record Task(Instant when, long sequence, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = when.compareTo(other.when);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    VirtualClock(Instant start, double speed) {
        this.start = Objects.requireNonNull(start, "start");
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("clock speed " + speed + " is not a number of 0 (manual) or more");
        }
        this.speed = speed;
        this.runner = Executors.newSingleThreadExecutor(daemon("runspec-simulator-clock"));
        if (speed > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(daemon("runspec-simulator-ticker"));
            ticker.scheduleAtFixedRate(this::runDue, 5, 5, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The current virtual instant. */
    public synchronized Instant now() {
        Instant now = start.plus(advanced);
        if (speed > 0) {
            now = now.plusNanos((long) ((System.nanoTime() - wallStart) * speed));
        }
        return now;
    }

    /** How many virtual seconds pass per wall second; 0 for a manual clock. */
    public double speed() {
        return speed;
    }

    /**
     * Moves the clock forward by {@code duration}: every run step and webhook delivery now due
     * happens, in time order, and every delivery attempt underway is answered (or times out), before
     * this returns.
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; cannot advance by " + duration);
        }
        synchronized (this) {
            advanced = advanced.plus(duration);
        }
        for (int round = 0; round < 1000; round++) {
            long before = submitted.get();
            runDue();
            try {
                runner.submit(() -> { }).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                return;
            }
            boolean wasQuiet = quiet.getAsBoolean();
            if (!waitUntilQuiet()) {
                return;
            }
            if (wasQuiet && submitted.get() == before) {
                return;
            }
        }
    }

    /** Waits (at most 30 s of wall time) until nothing set off by the clock is still underway. */
    private boolean waitUntilQuiet() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!quiet.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** What {@link #advance} waits for besides the tasks: webhook delivery attempts underway. */
    void settlesWhen(BooleanSupplier quiet) {
        this.quiet = quiet;
    }

    /** Hands every task now due to the runner in order; true when there were any. */
    private boolean runDue() {
        List<Task> ready = new ArrayList<>();
        synchronized (this) {
            Instant now = now();
            while (!due.isEmpty() && !due.peek().when().isAfter(now)) {
                ready.add(due.poll());
            }
        }
        ready.forEach(task -> submit(task.action()));
        return !ready.isEmpty();
    }

    private void submit(Runnable action) {
        if (!runner.isShutdown()) {
            submitted.incrementAndGet();
            runner.execute(() -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // a failing task must not stop the clock; the task records its own outcome
                }
            });
        }
    }

    /** The clock as webhook delivery sees it. */
    DeliveryScheduler scheduler() {
        return new DeliveryScheduler() {
            @Override
            public Instant now() {
                return VirtualClock.this.now();
            }

            @Override
            public void at(Instant when, Runnable task) {
                schedule(when, task);
            }
        };
    }

    void schedule(Instant when, Runnable task) {
        synchronized (this) {
            if (when.isAfter(now())) {
                due.add(new Task(when, sequence++, task));
                return;
            }
        }
        submit(task);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        runner.shutdownNow();
    }
}
