package dev.runspec.core;

import dev.runspec.core.internal.schema.SchemaNode;

/**
 * Linear-time equivalent of the providers' cost pattern {@value #PATTERN}.
 *
 * <p>On a backtracking engine (the JDK's) that pattern takes time cubic in the length of a string
 * of zeros that fails at its end: 4,000 zeros and an {@code x} take over a minute. Read as a
 * language it is simple: an optional sign, ASCII digits, at most one dot, more ASCII digits, and
 * at least one digit somewhere (the look-ahead rejects strings made only of signs and dots). This
 * matcher checks exactly that in one pass. Like ECMA-262, which JSON Schema patterns follow, a
 * trailing line break is not accepted. {@code CostDecimalMatcherTests} compares it with the
 * published pattern on every string up to length 7 over {@code 0 1 9 + - . x}.
 */
final class CostDecimalMatcher {

    /** The cost pattern exactly as the schemas (and the provider) publish it. */
    static final String PATTERN = SchemaNode.PUBLISHED_DECIMAL;

    private CostDecimalMatcher() {
    }

    static boolean matches(CharSequence s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        boolean digit = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
