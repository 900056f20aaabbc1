package dev.runspec.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Reads the timestamps of run responses as instants, and writes them short for messages. RFC
 * 3339 with {@code T}, {@code t} or a space between date and time; a missing offset is read as UTC
 * (the v1 schemas type timestamps as plain strings). Anything else does not parse, and the rules
 * that need it skip it.
 */
public final class RunTimestamps {

    private RunTimestamps() {
    }

    /** The instant {@code text} names, or {@code null} when it is not such a timestamp. */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return null;
        }
        int end = 19;
        int nanos = 0;
        if (end < n && text.charAt(end) == '.') {
            int start = ++end;
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == start || end - start > 9) {
                return null;
            }
            nanos = Integer.parseInt(text.substring(start, end)) * (int) Math.pow(10, 9 - (end - start));
        }
        ZoneOffset offset = offset(text.substring(end));
        if (offset == null) {
            return null;
        }
        try {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
                return null;
            }
            return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute, second, nanos)).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Two timestamps as a person compares them: only their times when both have the same date and
     * offset ({@code 10:00:03}, {@code 10:00:05}), else as written.
     */
    public static String[] shortPair(String a, String b) {
        if (a.length() >= 19 && b.length() >= 19 && a.regionMatches(0, b, 0, 10)) {
            String zoneA = zone(a);
            String zoneB = zone(b);
            if (zoneA.equalsIgnoreCase(zoneB)) {
                return new String[] {a.substring(11, a.length() - zoneA.length()), b.substring(11, b.length() - zoneB.length())};
            }
        }
        return new String[] {a, b};
    }

    /** A duration in seconds, as short as it can be written exactly: {@code 2 s}, {@code 0.000012 s}. */
    public static String seconds(long nanos) {
        return seconds(java.math.BigDecimal.valueOf(nanos));
    }

    /** A number of nanoseconds written as seconds, such as {@code 0.51 s}. */
    public static String seconds(java.math.BigDecimal nanos) {
        return nanos.movePointLeft(9).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * {@code to - from} in nanoseconds, exact at any distance: {@code Duration.toNanos} overflows
     * beyond about 292 years, which two timestamps of a hostile document can be apart.
     */
    public static java.math.BigDecimal nanosBetween(java.time.Instant from, java.time.Instant to) {
        java.time.Duration between = java.time.Duration.between(from, to);
        return java.math.BigDecimal.valueOf(between.getSeconds()).scaleByPowerOfTen(9)
                .add(java.math.BigDecimal.valueOf(between.getNano()));
    }

    private static String zone(String text) {
        int i = 19;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return text.substring(i);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.isEmpty() || zone.equals("Z") || zone.equals("z")) {
            return ZoneOffset.UTC;
        }
        if (zone.matches("[+-]\\d{2}(:?\\d{2})?")) {
            try {
                return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
