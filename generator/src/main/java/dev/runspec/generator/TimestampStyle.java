package dev.runspec.generator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How a provider writes its timestamps, from the research notes: ComfyDeploy v1 as JavaScript's
 * {@code Date.toJSON} ({@code 2026-01-05T09:00:00.123Z}), ComfyDeploy v2 as Python's naive
 * {@code isoformat()} plus {@code Z} (six fraction digits), Runflow with a {@code +00:00} offset.
 * Formatting writes the digits itself, in UTC: no default locale or time zone is read.
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
        StringBuilder out = new StringBuilder(32);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        int micros = t.getNano() / 1000;
        return switch (this) {
            case MILLIS_Z -> pad(out, micros / 1000, 3).append('Z').toString();
            case MICROS_Z -> pad(out, micros, 6).append('Z').toString();
            case MICROS_OFFSET -> pad(out, micros, 6).append("+00:00").toString();
        };
    }

    /** Decimal digits of a non-negative number, zero-padded to {@code width}: no locale involved. */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** The instant rounded down to what this style writes, so that differences agree with the text. */
    Instant truncate(Instant instant) {
        long nanos = instant.getNano();
        long unit = this == MILLIS_Z ? 1_000_000L : 1_000L;
        return Instant.ofEpochSecond(instant.getEpochSecond(), nanos - nanos % unit);
    }
}
