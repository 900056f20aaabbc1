package dev.runspec.simulator;

import dev.runspec.generator.RunMoments;
import java.time.Instant;
import java.util.Set;

/**
 * When a provider sets a run's timestamps, step by step (lifecycle.md §2.2 and §2.4): ComfyDeploy
 * sets queued_at, to server time, whenever a {@code queued} update arrives (so a late one leaves it
 * after started_at), started_at on the first started, running or uploading update, ended_at on a
 * terminal update and back to null on any non-terminal one; Runflow sets started_at when the run
 * runs and completed_at when it ends.
 */
final class ProviderTimestamps {

    private static final Set<String> CD_STARTED = Set.of("started", "running", "uploading");

    private final boolean comfyDeploy;
    private final Set<String> terminal;
    private final Instant created;
    private Instant queued;
    private Instant started;
    private Instant ended;

    ProviderTimestamps(String api, Set<String> terminal, Instant created) {
        this.comfyDeploy = api.startsWith("comfydeploy");
        this.terminal = terminal;
        this.created = created;
    }

    /** The moments after a step to {@code status} at {@code at}. */
    RunMoments step(String status, Instant at, boolean withoutEnd) {
        if (comfyDeploy) {
            if (status.equals("queued")) {
                queued = at;
            }
            if (started == null && CD_STARTED.contains(status)) {
                started = at;
            }
        } else if (started == null && status.equals("running")) {
            started = at;
        }
        if (terminal.contains(status)) {
            ended = withoutEnd ? null : at;
        } else {
            ended = null;
        }
        return new RunMoments(created, queued, started, ended, at);
    }
}
