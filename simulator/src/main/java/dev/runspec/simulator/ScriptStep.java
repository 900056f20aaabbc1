package dev.runspec.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a {@link Script}: the status the run moves to, the members set on top of what the
 * generator gives that status (progress, live_status, nodes_completed...), and how long on the
 * virtual clock until the next step. The simulator sets the run's timestamps from the step's moment
 * as the provider would: queued_at on {@code queued}, started_at on the first started or running
 * step, the end time on a terminal step ({@code withoutEnd} leaves it empty: a failed dispatch, a
 * read-time timeout), and ComfyDeploy's non-terminal updates reset ended_at. A step {@code computedOnRead}
 * is a status the provider computes when the run is read (ComfyDeploy's read-time timeout), not a
 * stored update: no webhook goes out for it.
 *
 * @param status the status, as the provider spells it
 * @param next how long until the next step (ignored on the last one)
 * @param members members to set, by top-level name (may be empty)
 * @param withoutEnd on a terminal step: leave the end time empty
 * @param computedOnRead the status is computed on read, not stored: no webhook for this step
 */
public record ScriptStep(String status, Duration next, Map<String, Object> members, boolean withoutEnd,
        boolean computedOnRead) {

    public ScriptStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(next, "next");
        if (next.isNegative()) {
            throw new IllegalArgumentException("step '" + status + "' waits a negative time: " + next);
        }
        members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** A stored step (not computed on read). */
    public ScriptStep(String status, Duration next, Map<String, Object> members, boolean withoutEnd) {
        this(status, next, members, withoutEnd, false);
    }

    /** A step to {@code status}, the next one {@code next} later. */
    public static ScriptStep of(String status, Duration next) {
        return new ScriptStep(status, next, Map.of(), false, false);
    }

    /** This step with {@code name} set to {@code value} in the body. */
    public ScriptStep with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(members);
        more.put(name, value);
        return new ScriptStep(status, next, more, withoutEnd, computedOnRead);
    }

    /** This terminal step with its end time left empty. */
    public ScriptStep withEndLeftEmpty() {
        return new ScriptStep(status, next, members, true, computedOnRead);
    }

    /** This step as a status computed on read (no webhook for it). */
    public ScriptStep asComputedOnRead() {
        return new ScriptStep(status, next, members, withoutEnd, true);
    }
}
