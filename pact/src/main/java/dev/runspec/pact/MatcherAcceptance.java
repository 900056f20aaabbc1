package dev.runspec.pact;

import au.com.dius.pact.core.model.matchingrules.BooleanMatcher;
import au.com.dius.pact.core.model.matchingrules.DateMatcher;
import au.com.dius.pact.core.model.matchingrules.EqualsMatcher;
import au.com.dius.pact.core.model.matchingrules.IncludeMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MaxTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.MinMaxTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.NotEmptyMatcher;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.model.matchingrules.TimeMatcher;
import au.com.dius.pact.core.model.matchingrules.TimestampMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Whether a Pact matching rule lets a value through, judged the way each engine that verifies
 * pacts judges it. Both engines match a regex against the whole value; they differ in what
 * {@code \d}, {@code \w} and {@code \s} mean (ASCII in pact-jvm, Unicode in the Rust core) and in
 * dates: pact-jvm resolves a timestamp leniently (month 13, hour 24 and 30 February roll over, so it
 * accepts them), the Rust core checks each field and has no optional sections ({@code [.SSS]}).
 * Each verdict here is checked against the engines themselves by the module's tests (pact-jvm's
 * matching code, and recorded verdicts of the Rust core in pact_ffi).
 */
final class MatcherAcceptance {

    /** Accepts, rejects, or cannot tell (a matcher this check does not model). */
    enum Verdict { ACCEPTS, REJECTS, UNKNOWN }

    /** An engine that verifies pacts. */
    enum Engine {
        /** Pact JVM 4.7 (provider verification from Maven, Gradle, JUnit). */
        PACT_JVM("pact-jvm"),
        /** The Rust Pact core, pact_ffi 0.5, behind pact-js, pact-python, pact-go and others. */
        RUST_CORE("the Rust Pact core");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private MatcherAcceptance() {
    }

    /** The verdict of a rule group as that engine runs it. */
    static Verdict group(List<MatchingRule> rules, RuleLogic logic, JsonNode example, JsonNode value, Engine engine) {
        boolean rustCore = engine == Engine.RUST_CORE;
        boolean any = false;
        boolean all = true;
        boolean unknown = false;
        for (MatchingRule rule : rules) {
            Verdict verdict = rule(rule, example, value, rustCore);
            any |= verdict == Verdict.ACCEPTS;
            all &= verdict == Verdict.ACCEPTS;
            unknown |= verdict == Verdict.UNKNOWN;
            if (logic == RuleLogic.AND && verdict == Verdict.REJECTS) {
                return Verdict.REJECTS;
            }
        }
        if (logic == RuleLogic.OR) {
            return any ? Verdict.ACCEPTS : unknown ? Verdict.UNKNOWN : Verdict.REJECTS;
        }
        return all && !rules.isEmpty() ? Verdict.ACCEPTS : Verdict.UNKNOWN;
    }

    static boolean isTypeLike(MatchingRule rule) {
        return rule instanceof TypeMatcher || rule instanceof MinTypeMatcher || rule instanceof MaxTypeMatcher
                || rule instanceof MinMaxTypeMatcher;
    }

    private static Verdict rule(MatchingRule rule, JsonNode example, JsonNode value, boolean rustCore) {
        if (isTypeLike(rule)) {
            return of(sameType(example, value));
        }
        if (rule instanceof NumberTypeMatcher number) {
            return of(switch (number.getNumberType()) {
                case INTEGER -> value.isIntegralNumber();
                case DECIMAL -> value.isNumber() && !value.isIntegralNumber();
                case NUMBER -> value.isNumber();
            });
        }
        if (rule instanceof RegexMatcher regex) {
            // The Rust core matches a null as the text null; pact-jvm never lets a null through a regex.
            if (value.isNull()) {
                return rustCore ? regex(regex.getRegex(), "null", true) : Verdict.REJECTS;
            }
            return value.isValueNode() ? regex(regex.getRegex(), text(value), rustCore) : Verdict.REJECTS;
        }
        if (rule instanceof IncludeMatcher include) {
            return of(value.isValueNode() && !value.isNull() && text(value).contains(include.getValue()));
        }
        if (rule instanceof TimestampMatcher timestamp) {
            return parses(timestamp.getFormat(), value, rustCore);
        }
        if (rule instanceof DateMatcher date) {
            return parses(date.getFormat(), value, rustCore);
        }
        if (rule instanceof TimeMatcher time) {
            return parses(time.getFormat(), value, rustCore);
        }
        if (rule instanceof BooleanMatcher) {
            // Both engines also let the strings "true" and "false" through.
            return of(value.isBoolean() || value.isString() && (value.asString().equals("true") || value.asString().equals("false")));
        }
        if (rule instanceof NullMatcher) {
            return of(value.isNull());
        }
        if (rule instanceof EqualsMatcher) {
            return of(value.equals(example));
        }
        if (rule instanceof NotEmptyMatcher) {
            return of(!value.isNull() && !(value.isString() && value.asString().isEmpty()));
        }
        return Verdict.UNKNOWN;
    }

    /** A short name for messages: {@code type}, {@code regex ^(a|b)$}, {@code timestamp yyyy-MM-dd}. */
    static String describe(MatchingRule rule) {
        if (isTypeLike(rule)) {
            return "type";
        }
        if (rule instanceof NumberTypeMatcher number) {
            return number.getNumberType().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (rule instanceof RegexMatcher regex) {
            return "regex " + Texts.shorten(regex.getRegex());
        }
        if (rule instanceof IncludeMatcher include) {
            return "include \"" + Texts.shorten(include.getValue()) + "\"";
        }
        if (rule instanceof TimestampMatcher timestamp) {
            return "timestamp " + timestamp.getFormat();
        }
        if (rule instanceof DateMatcher date) {
            return "date " + date.getFormat();
        }
        if (rule instanceof TimeMatcher time) {
            return "time " + time.getFormat();
        }
        return rule.getName();
    }

    private static Verdict regex(String regex, String text, boolean rustCore) {
        try {
            return of(Pattern.compile(regex, rustCore ? Pattern.UNICODE_CHARACTER_CLASS : 0).matcher(text).matches());
        } catch (PatternSyntaxException e) {
            return Verdict.UNKNOWN;
        } catch (RuntimeException jdkPatternFault) {
            // java.util.regex accepts some patterns it then fails on while matching (a
            // NullPointerException inside Pattern): what such a matcher accepts is unknown.
            return Verdict.UNKNOWN;
        }
    }

    private static Verdict parses(String format, JsonNode value, boolean rustCore) {
        if (format == null || format.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        if (!value.isString()) {
            return Verdict.REJECTS;
        }
        // pact-jvm reads a trailing Z in the format as the zone-offset letter X.
        String pattern = format.endsWith("Z") ? format.substring(0, format.length() - 1) + "X" : format;
        try {
            if (rustCore && pattern.indexOf('[') >= 0) {
                // The Rust core has no optional sections: it rejects every value, the example too.
                return Verdict.REJECTS;
            }
            if (!rustCore && parsesLeniently(pattern, value.asString())) {
                return Verdict.ACCEPTS;
            }
            // Then as java.time does: pact-jvm resolves smartly (30 February becomes 28 February); the Rust core checks each field.
            DateTimeFormatter formatter = rustCore
                    ? DateTimeFormatter.ofPattern(prolepticYears(pattern)).withResolverStyle(ResolverStyle.STRICT)
                    : DateTimeFormatter.ofPattern(pattern);
            formatter.parse(value.asString());
            return Verdict.ACCEPTS;
        } catch (IllegalArgumentException e) {
            return Verdict.UNKNOWN;
        } catch (java.time.format.DateTimeParseException e) {
            return Verdict.REJECTS;
        }
    }

    /**
     * pact-jvm first tries a lenient {@link java.text.SimpleDateFormat} parse of the whole value, in
     * which month 13 and hour 24 roll over and a fraction has any number of digits; a pattern it
     * cannot read ({@code [.SSS]}) goes straight to java.time.
     */
    private static boolean parsesLeniently(String pattern, String text) {
        try {
            java.text.SimpleDateFormat format = new java.text.SimpleDateFormat(pattern, java.util.Locale.ROOT);
            format.setLenient(true);
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            return format.parse(text, position) != null && position.getIndex() == text.length();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The pattern with {@code y} (year of era, which a strict parse cannot resolve without an era) as {@code u}. */
    private static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    private static boolean sameType(JsonNode example, JsonNode value) {
        if (example == null) {
            return true;
        }
        if (example.isNumber()) {
            return value.isNumber();
        }
        return example.getNodeType() == value.getNodeType();
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static Verdict of(boolean accepts) {
        return accepts ? Verdict.ACCEPTS : Verdict.REJECTS;
    }
}
