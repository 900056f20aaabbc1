package dev.runspec.generator;

import java.time.Instant;
import java.util.Objects;

/**
 * The instants of one run as far as it has got, for {@link RunSeries}: when it was created, queued,
 * started and ended (each null until the run gets there, or when the script leaves it out) and the
 * moment of the body being built (its last change, ComfyDeploy's {@code updated_at}).
 *
 * @param created when the run was created; never null
 * @param queued when it was queued, or null
 * @param started when it started, or null
 * @param ended when it ended, or null
 * @param now the moment the body shows
 */
public record RunMoments(Instant created, Instant queued, Instant started, Instant ended, Instant now) {

    public RunMoments {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(now, "now");
    }

    /** The same moments truncated to what a provider writes, so that differences agree with the text. */
    RunMoments truncated(TimestampStyle style) {
        return new RunMoments(style.truncate(created), queued == null ? null : style.truncate(queued),
                started == null ? null : style.truncate(started), ended == null ? null : style.truncate(ended),
                style.truncate(now));
    }

    /** A complete timeline for the profile's shaping, the gaps filled with neighbouring instants. */
    RunTimeline timeline() {
        Instant q = queued != null ? queued : created;
        Instant s = started != null ? started : q;
        Instant e = ended != null ? ended : now.isBefore(s) ? s : now;
        return new RunTimeline(created, q, s, e);
    }
}
