package dev.runspec.pact;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The regular expressions runspec writes into Pact matchers. Each accepts exactly what the schema
 * accepts and runs in linear time on every engine that verifies pacts: the JDK's (pact-jvm),
 * JavaScript's and the Rust {@code regex} crate (the Pact core that pact-js and others use). So:
 * anchored at both ends, no look-around, no nested or overlapping quantifiers, and {@code [0-9]}
 * rather than {@code \d}, which is Unicode-aware in Rust.
 */
final class PortableRegex {

    /** The providers' cost pattern, exactly as the schemas publish it (it needs a look-ahead). */
    static final String PUBLISHED_DECIMAL = "^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$";

    /**
     * The same language as {@link #PUBLISHED_DECIMAL}: an optional sign, then digits with at most one
     * dot and at least one digit. The two branches start with different characters, so no engine
     * ever has more than one way to go on.
     */
    static final String DECIMAL = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$";

    /** The {@code uuid} format as the validator checks it: 8-4-4-4-12 hexadecimal digits, either case. */
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private static final String META = "\\^$.|?*+()[]{}";

    private PortableRegex() {
    }

    /** An anchored alternation of exactly these values, each taken literally. */
    static String oneOf(List<String> values) {
        return values.stream().map(PortableRegex::literal).collect(Collectors.joining("|", "^(", ")$"));
    }

    /** The text with every regex metacharacter escaped by a backslash, which all three engines read alike. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (META.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
