package dev.runspec.simulator;

import dev.runspec.generator.RunSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One run the simulator created: its id, the script it follows, and the bodies its get-run endpoint
 * serves from step to step. The run moves along its script as the {@link VirtualClock} passes each
 * step's moment, whether or not anyone polls: what this object reports is as of the clock's now.
 * Safe to read from any thread.
 */
public final class SimulatedRun {

    private final String api;
    private final Script script;
    private final RunSeries series;
    private final ProviderTimestamps timestamps;
    private final Set<String> terminal;
    private final Instant createdAt;
    private final WebhookTarget webhook;
    private final Webhooks webhooks;
    private final Supplier<Instant> clock;
    private final List<String> bodies = new ArrayList<>();
    private List<ScriptStep> steps;
    private Instant nextAt;
    private int applied;
    private String status;
    /** The body last reported to the webhooks: a status computed on read is not. */
    private String reported;

    SimulatedRun(String api, Script script, RunSeries series, Set<String> terminal, Instant createdAt,
            Supplier<Instant> clock, WebhookTarget webhook, Webhooks webhooks) {
        this.clock = clock;
        this.api = api;
        this.script = script;
        this.series = series;
        this.terminal = terminal;
        this.createdAt = createdAt;
        this.timestamps = new ProviderTimestamps(api, terminal, createdAt);
        this.webhook = webhook;
        this.webhooks = webhooks;
        this.steps = new ArrayList<>(script.steps());
        this.nextAt = createdAt;
        catchUp(createdAt);
    }

    /** The run's id, as its create request returned it. */
    public String id() {
        return series.id();
    }

    /** The API it was created on. */
    public String api() {
        return api;
    }

    /** The script it follows. */
    public Script script() {
        return script;
    }

    /** When it was created, on the virtual clock. */
    public Instant createdAt() {
        return createdAt;
    }

    /** Its status now, on the virtual clock. */
    public synchronized String status() {
        catchUp(clock.get());
        return status;
    }

    /** Whether it has reached a terminal status by now, on the virtual clock. */
    public synchronized boolean isFinished() {
        catchUp(clock.get());
        return terminal.contains(status);
    }

    /** Every body it has had by now, one per step reached (and one for a cancel), in order. */
    public synchronized List<String> bodies() {
        catchUp(clock.get());
        return List.copyOf(bodies);
    }

    /** How many steps it has reached (1 after creation). */
    synchronized int stepNumber() {
        return applied;
    }

    /** When its next step is due, or null after the last. */
    synchronized Instant nextStepAt() {
        return applied < steps.size() ? nextAt : null;
    }

    /** Its body at {@code now}: every step due by then applied first. */
    synchronized String bodyAt(Instant now) {
        catchUp(now);
        return bodies.get(bodies.size() - 1);
    }

    /**
     * Cancels it at {@code now} with {@code cancelledStatus} and its end time, as a provider's
     * cancel endpoint does; true when it was not finished (the script's remaining steps are dropped),
     * false when it already was (nothing changes).
     */
    synchronized boolean cancel(Instant now, String cancelledStatus) {
        catchUp(now);
        if (terminal.contains(status)) {
            return false;
        }
        List<ScriptStep> kept = new ArrayList<>(steps.subList(0, applied));
        ScriptStep cancel = new ScriptStep(cancelledStatus, Duration.ZERO, java.util.Map.of(), false);
        kept.add(cancel);
        steps = kept;
        apply(cancel, now);
        applied = steps.size();
        return true;
    }

    synchronized void catchUp(Instant now) {
        while (applied < steps.size() && !nextAt.isAfter(now)) {
            ScriptStep step = steps.get(applied);
            Instant at = nextAt;
            apply(step, at);
            applied++;
            nextAt = at.plus(step.next());
        }
    }

    private void apply(ScriptStep step, Instant at) {
        String body = series.body(step.status(), timestamps.step(step.status(), at, step.withoutEnd()), step.members());
        bodies.add(body);
        status = step.status();
        if (webhook != null && !step.computedOnRead()) {
            webhooks.runChanged(webhook, reported, body);
            reported = body;
        }
    }
}
