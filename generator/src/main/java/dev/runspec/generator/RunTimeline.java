package dev.runspec.generator;

import java.time.Duration;
import java.time.Instant;

/**
 * The instants of one run, in lifecycle order: created, queued, started, ended, each a few
 * realistic seconds after the one before, all on or after a fixed base date (no clock is read).
 * Which of them a document shows is the status's business.
 */
final class RunTimeline {

    /** Every generated run lies in the 60 days after this instant. */
    static final Instant BASE = Instant.parse("2026-01-05T09:00:00Z");

    private final Instant created;
    private final Instant queued;
    private final Instant started;
    private final Instant ended;

    RunTimeline(Instant created, Instant queued, Instant started, Instant ended) {
        this.created = created;
        this.queued = queued;
        this.started = started;
        this.ended = ended;
    }

    static RunTimeline draw(Draw draw, TimestampStyle style) {
        Instant created = style.truncate(BASE.plusSeconds(draw.betweenLong(0, 60L * 24 * 3600))
                .plusNanos(draw.between(0, 999_999) * 1000L));
        Instant queued = style.truncate(created.plusMillis(draw.between(5, 1500)));
        Instant started = style.truncate(queued.plusMillis(draw.between(800, 45_000)));
        Instant ended = style.truncate(started.plusMillis(draw.between(2_000, 180_000)));
        return new RunTimeline(created, queued, started, ended);
    }

    Instant created() {
        return created;
    }

    Instant queued() {
        return queued;
    }

    Instant started() {
        return started;
    }

    Instant ended() {
        return ended;
    }

    /** How long a run has been going at {@code started}: its end, or a moment of polling before it. */
    Instant pollTime() {
        return started.plus(Duration.between(started, ended).dividedBy(2));
    }
}
