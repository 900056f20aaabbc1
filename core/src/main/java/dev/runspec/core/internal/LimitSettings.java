package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>How every front end reads the input limits a user sets (an option, a Maven parameter, a JUnit
 * configuration parameter) and applies them over the defaults, with the same one-line refusals.
 */
public final class LimitSettings {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(?:([kmg])(?:ib?|b)?|b)?", Pattern.CASE_INSENSITIVE);

    private LimitSettings() {
    }

    /**
     * {@code base} where each limit given (not null) replaces its own: how front ends apply the
     * limits a user set and leave the others at their defaults.
     */
    public static Limits withOverrides(Limits base, Long documentBytes, Integer nestingDepth, Integer stringLength,
            Integer numberLength) {
        return new Limits(
                documentBytes != null ? documentBytes : base.maxDocumentBytes(),
                nestingDepth != null ? nestingDepth : base.maxNestingDepth(),
                stringLength != null ? stringLength : base.maxStringLength(),
                numberLength != null ? numberLength : base.maxNumberLength());
    }

    /**
     * Reads a {@code max-document-size} as the front ends accept it: a positive byte count,
     * optionally with a binary suffix, such as {@code 1048576}, {@code 512k}, {@code 16M} or {@code 1GiB}.
     *
     * @throws IllegalArgumentException with a one-line reason when {@code text} is not such a size
     */
    public static long parseSize(String text) {
        Matcher size = SIZE.matcher(text == null ? "" : text.strip());
        if (size.matches()) {
            long number = Long.parseLong(size.group(1));
            String unit = size.group(2) == null ? "" : size.group(2).toLowerCase(Locale.ROOT);
            int shift = unit.isEmpty() ? 0 : 10 * ("kmg".indexOf(unit) + 1);
            if (number > 0 && number <= Long.MAX_VALUE >> shift) {
                return number << shift;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a positive size such as 1048576, 512k or 16M");
    }

    /**
     * Reads a nesting depth, string length or number length as the front ends accept it: a
     * positive whole number.
     *
     * @throws IllegalArgumentException with a one-line reason when {@code text} is not one
     */
    public static int parseCount(String text) {
        try {
            int number = Integer.parseInt(text == null ? "" : text.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a positive whole number");
    }
}
