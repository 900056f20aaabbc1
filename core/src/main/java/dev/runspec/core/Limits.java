package dev.runspec.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds on a single input, so that hostile or broken recordings get a clear verdict instead of
 * exhausting memory. Each limit has a stable name, used in messages and by the front ends'
 * options: {@code max-document-size} ({@code --max-document-size},
 * {@code runspec.maxDocumentSize}), {@code max-nesting-depth}, {@code max-string-length} and
 * {@code max-number-length}.
 *
 * @param maxDocumentBytes largest document, in bytes (default 16 MiB)
 * @param maxNestingDepth deepest nesting of arrays and objects (default 500)
 * @param maxStringLength longest string value, in characters (default 8 Mi)
 * @param maxNumberLength longest number literal, in characters (default 1,000)
 */
public record Limits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    private static final Limits DEFAULTS = new Limits(16L * 1024 * 1024, 500, 8 * 1024 * 1024, 1000);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(?:([kmg])(?:ib?|b)?|b)?", Pattern.CASE_INSENSITIVE);

    /** Validates that every limit is positive. */
    public Limits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("every limit must be a positive number");
        }
    }

    /** The safe defaults. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy where each limit given (not null) replaces this one's: how front ends apply the
     * limits a user set and leave the others at their defaults.
     */
    public Limits withOverrides(Long documentBytes, Integer nestingDepth, Integer stringLength, Integer numberLength) {
        return new Limits(
                documentBytes != null ? documentBytes : maxDocumentBytes,
                nestingDepth != null ? nestingDepth : maxNestingDepth,
                stringLength != null ? stringLength : maxStringLength,
                numberLength != null ? numberLength : maxNumberLength);
    }

    /** A copy with another {@code max-document-size}. */
    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /** A copy with another {@code max-nesting-depth}. */
    public Limits withMaxNestingDepth(int depth) {
        return new Limits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }

    /** A copy with another {@code max-string-length}. */
    public Limits withMaxStringLength(int length) {
        return new Limits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
    }

    /** A copy with another {@code max-number-length}. */
    public Limits withMaxNumberLength(int length) {
        return new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
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
