package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.core.exc.StreamConstraintsException;
import dev.runspec.shaded.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns a Jackson read failure into a one-line verdict in our words, with a hint at the usual cause. */
public final class MalformedJsonMessages {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code (\\d+)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");

    private MalformedJsonMessages() {
    }

    public static Violation violation(JacksonException e, boolean afterRootValue, Limits limits, PolicyLabels labels, int line, int column) {
        if (e instanceof StreamConstraintsException constraint) {
            return LimitMessages.fromConstraint(constraint, limits, labels, line, column);
        }
        String reason = afterRootValue ? "there is more text after the end of the JSON value" : describe(e);
        return labels.violation("", Rule.MALFORMED_JSON, "valid JSON", null, "not valid JSON: " + reason, line, column);
    }

    public static String describe(JacksonException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnexpectedEndOfInputException || raw.contains("end-of-input")) {
            return "the text ends before the JSON value is complete (a truncated download?)";
        }
        if (raw.contains("Invalid UTF-8")) {
            return "the bytes are not valid UTF-8 text";
        }
        if (raw.contains("Trailing token")) {
            return "there is more text after the end of the JSON value";
        }
        if (raw.contains("Non-standard token 'NaN'") || raw.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (raw.contains("Illegal unquoted character") || raw.contains("CTRL-CHAR")) {
            return "a control character (such as a raw line break or tab) inside a string must be escaped";
        }
        if (raw.contains("Leading zeroes") || raw.contains("Invalid numeric value")) {
            return "a number is not written the way JSON writes numbers";
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(raw);
        if (unexpected.find()) {
            return describeCharacter(unexpected.group(1).charAt(0), Integer.parseInt(unexpected.group(2)));
        }
        Matcher word = UNRECOGNIZED_TOKEN.matcher(raw);
        if (word.find()) {
            return "unexpected word '" + word.group(1) + "'; strings must be in double quotes";
        }
        return "the text is not well-formed JSON here";
    }

    private static String describeCharacter(char c, int code) {
        return switch (c) {
            case '<' -> "it starts with '<', like an HTML page (an error page saved as a response?)";
            case '\'' -> "strings and member names must be in double quotes, not single quotes";
            case '/', '#' -> "comments are not allowed in JSON";
            case '}', ']' -> "a closing '" + c + "' comes where a value was expected (a trailing comma?)";
            default -> code < 32 ? "unexpected control character (code " + code + ")" : "unexpected character '" + c + "'";
        };
    }
}
