package dev.runspec.generator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How a provider writes its timestamps, from the research notes: ComfyDeploy v1 as JavaScript's
 * {@code Date.toJSON} ({@code 2026-01-05T09:00:00.123Z}), ComfyDeploy v2 as Python's naive
 * {@code isoformat()} plus {@code Z} (six fraction digits), Runflow with a {@code +00:00} offset.
 * Formatting goes through fixed patterns in UTC: no default locale or time zone is read.
 */
enum TimestampStyle {
    /** {@code 2026-01-05T09:00:00.123Z}. */
    MILLIS_Z,
    /** {@code 2026-01-05T09:00:00.123456Z}. */
    MICROS_Z,
    /** {@code 2026-01-05T09:00:00.123456+00:00}. */
    MICROS_OFFSET;

    String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        String base = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return switch (this) {
            case MILLIS_Z -> base + String.format(java.util.Locale.ROOT, ".%03dZ", micros / 1000);
            case MICROS_Z -> base + String.format(java.util.Locale.ROOT, ".%06dZ", micros);
            case MICROS_OFFSET -> base + String.format(java.util.Locale.ROOT, ".%06d+00:00", micros);
        };
    }

    /** The instant rounded down to what this style writes, so that differences agree with the text. */
    Instant truncate(Instant instant) {
        long nanos = instant.getNano();
        long unit = this == MILLIS_Z ? 1_000_000L : 1_000L;
        return Instant.ofEpochSecond(instant.getEpochSecond(), nanos - nanos % unit);
    }
}
