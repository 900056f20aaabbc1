package dev.runspec.pact;

import dev.runspec.core.internal.schema.SchemaNode;
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

    /**
     * The same language as the providers' cost pattern as the schemas publish it
     * ({@link SchemaNode#PUBLISHED_DECIMAL}, which needs a look-ahead): an optional sign, then digits with at most one
     * dot and at least one digit. The two branches start with different characters, so no engine
     * ever has more than one way to go on.
     */
    static final String DECIMAL = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$";

    /** The {@code uuid} format as the validator checks it: 8-4-4-4-12 hexadecimal digits, either case. */
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /** A calendar date that exists: days per month, 29 February in leap years only (Gregorian). */
    private static final String DATE = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29"
            + "|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
            + "|02-(?:0[1-9]|1[0-9]|2[0-8]))";

    private static final String META = "\\^$.|?*+()[]{}";

    private PortableRegex() {
    }

    /**
     * An RFC 3339 date-time with exactly {@code fractionDigits} digits after the seconds (none when
     * 0) and an offset of {@code Z} or {@code +hh:mm}: only dates that exist, hours 00 to 23. Paired
     * with a timestamp matcher, whose format alone lets month 13 and 30 February through in pact-jvm.
     */
    static String dateTime(int fractionDigits) {
        return "^(?:" + DATE + ")T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                + (fractionDigits > 0 ? "\\.[0-9]{" + fractionDigits + "}" : "")
                + "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";
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
