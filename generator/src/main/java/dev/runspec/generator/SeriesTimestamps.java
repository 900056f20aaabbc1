package dev.runspec.generator;

import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a run's own timestamps, and the members computed from them, from the {@link RunMoments}
 * of a {@link RunSeries} step: ComfyDeploy's {@code created_at}, {@code updated_at},
 * {@code queued_at}, {@code started_at}, {@code ended_at} and (v2) the four durations; Runflow's
 * {@code created_at}, {@code started_at}, {@code completed_at} and {@code duration_ms}.
 */
final class SeriesTimestamps {

    private final String schemaId;
    private final TimestampStyle style;

    SeriesTimestamps(RunProfile profile) {
        this.schemaId = profile.schemaId();
        this.style = profile.style();
    }

    void write(ObjectNode run, RunMoments at) {
        if (schemaId.startsWith("runflow")) {
            put(run, "created_at", at.created());
            put(run, "started_at", at.started());
            put(run, "completed_at", at.ended());
            if (at.ended() != null) {
                run.put("duration_ms", Duration.between(at.created(), at.ended()).toMillis());
            } else {
                run.putNull("duration_ms");
            }
            return;
        }
        boolean camel = schemaId.endsWith("-ts");
        put(run, camel ? "createdAt" : "created_at", at.created());
        if (run.has(camel ? "updatedAt" : "updated_at")) {
            put(run, camel ? "updatedAt" : "updated_at", at.now());
        }
        put(run, camel ? "queuedAt" : "queued_at", at.queued());
        put(run, camel ? "startedAt" : "started_at", at.started());
        put(run, camel ? "endedAt" : "ended_at", at.ended());
        if (schemaId.equals("comfydeploy-v2")) {
            run.put("duration", seconds(at.created(), at.ended()));
            run.put("cold_start_duration", seconds(at.queued(), at.started()));
            run.put("cold_start_duration_total", seconds(at.created(), at.started()));
            run.put("run_duration", seconds(at.started(), at.ended()));
        }
    }

    private void put(ObjectNode run, String member, Instant instant) {
        if (instant == null) {
            run.putNull(member);
        } else {
            run.put(member, style.format(instant));
        }
    }

    /** Seconds from {@code from} to {@code to}, exact to the microsecond; null when either is. */
    private static Double seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(from, to).toNanos()).movePointLeft(9).doubleValue();
    }
}
