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
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Whether a Pact matching rule lets a value through, judged the way the engines that verify pacts
 * judge it. A regex counts as accepting a string when pact-jvm's whole-string match does, or when
 * a search with Unicode classes does (the Rust core searches, and its {@code \d} is Unicode).
 */
final class MatcherAcceptance {

    /** Accepts, rejects, or cannot tell (a matcher this check does not model). */
    enum Verdict { ACCEPTS, REJECTS, UNKNOWN }

    private MatcherAcceptance() {
    }

    /** The verdict of a rule group as any of the engines runs it. */
    static Verdict group(List<MatchingRule> rules, RuleLogic logic, JsonNode example, JsonNode value) {
        return group(rules, logic, example, value, true);
    }

    /** The verdict of a rule group; without {@code rustCore}, as pact-jvm alone runs it (regexes match the whole value). */
    static Verdict group(List<MatchingRule> rules, RuleLogic logic, JsonNode example, JsonNode value, boolean rustCore) {
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
            return value.isValueNode() && !value.isNull() ? regex(regex.getRegex(), text(value), rustCore) : Verdict.REJECTS;
        }
        if (rule instanceof IncludeMatcher include) {
            return of(value.isValueNode() && !value.isNull() && text(value).contains(include.getValue()));
        }
        if (rule instanceof TimestampMatcher timestamp) {
            return parses(timestamp.getFormat(), value);
        }
        if (rule instanceof DateMatcher date) {
            return parses(date.getFormat(), value);
        }
        if (rule instanceof TimeMatcher time) {
            return parses(time.getFormat(), value);
        }
        if (rule instanceof BooleanMatcher) {
            return of(value.isBoolean());
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
            boolean whole = Pattern.compile(regex).matcher(text).matches();
            boolean searched = rustCore && Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find();
            return of(whole || searched);
        } catch (PatternSyntaxException e) {
            return Verdict.UNKNOWN;
        }
    }

    private static Verdict parses(String format, JsonNode value) {
        if (format == null || format.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        if (!value.isString()) {
            return Verdict.REJECTS;
        }
        // pact-jvm reads a trailing Z in the format as the zone-offset letter X.
        String pattern = format.endsWith("Z") ? format.substring(0, format.length() - 1) + "X" : format;
        try {
            DateTimeFormatter.ofPattern(pattern).parse(value.asString());
            return Verdict.ACCEPTS;
        } catch (IllegalArgumentException e) {
            return Verdict.UNKNOWN;
        } catch (java.time.format.DateTimeParseException e) {
            return Verdict.REJECTS;
        }
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
