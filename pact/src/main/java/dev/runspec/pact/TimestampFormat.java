package dev.runspec.pact;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pact timestamp format that fits an RFC 3339 example: same number of fraction digits, and
 * {@code XXX} for the offset, which reads both {@code Z} and {@code +00:00}. Providers write their
 * timestamps one way (ComfyDeploy v2: six fraction digits and {@code Z}; Runflow: six digits and
 * {@code +00:00}), so the example's form is the form to expect.
 */
final class TimestampFormat {

    private static final Pattern RFC_3339 = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.([0-9]{1,9}))?(?:Z|[+-][0-9]{2}:[0-9]{2})");

    private TimestampFormat() {
    }

    /** The format, or empty when the example is not of the form {@code 2025-04-02T16:05:44.502113Z}. */
    static Optional<String> of(String example) {
        Matcher m = RFC_3339.matcher(example);
        if (!m.matches()) {
            return Optional.empty();
        }
        String fraction = m.group(1) == null ? "" : "." + "S".repeat(m.group(1).length());
        return Optional.of("yyyy-MM-dd'T'HH:mm:ss" + fraction + "XXX");
    }

    /** The number of fraction digits of an example {@link #of} accepts. */
    static int fractionDigits(String example) {
        Matcher m = RFC_3339.matcher(example);
        return m.matches() && m.group(1) != null ? m.group(1).length() : 0;
    }
}
