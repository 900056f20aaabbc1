package dev.runspec.core;

import dev.runspec.core.internal.Suggestions;
import dev.runspec.shaded.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Turns one engine error into our violation terms: the pointer of the offending value, the rule,
 * expected and actual values, and a message in our words. The engine's own message is never shown.
 */
final class EngineErrorTranslator {

    private EngineErrorTranslator() {
    }

    /** A violation before it has a position and a severity. */
    record Draft(String pointer, Rule rule, Object expected, Object actual, String message) {
    }

    static Draft translate(Error error) {
        String at = error.getInstanceLocation().toString();
        JsonNode value = error.getInstanceNode();
        JsonNode schemaValue = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required": {
                String pointer = Subjects.child(at, error.getProperty());
                return new Draft(pointer, Rule.REQUIRED, error.getProperty(), null,
                        Subjects.member(pointer) + " is missing; it is required");
            }
            case "type": {
                List<String> types = texts(schemaValue);
                String expected = types.stream().map(Subjects::withArticle).collect(Collectors.joining(" or "));
                if (value != null && value.isNull()) {
                    return new Draft(at, Rule.NULL, String.join("|", types), null,
                            Subjects.member(at) + " is null; expected " + expected);
                }
                return new Draft(at, Rule.TYPE, String.join("|", types), Subjects.actual(value),
                        Subjects.member(at) + " is " + Subjects.typeOf(value)
                                + (value != null && value.isValueNode() ? " (" + Subjects.quote(value) + ")" : "")
                                + "; expected " + expected);
            }
            case "enum": {
                List<String> allowed = texts(schemaValue);
                return new Draft(at, Rule.ENUM, allowed, Subjects.actual(value),
                        Subjects.member(at) + " is " + Subjects.quote(value) + "; expected one of " + listed(allowed));
            }
            case KnownValuesKeyword.NAME: {
                List<String> known = texts(schemaValue);
                return new Draft(at, Rule.UNKNOWN_VALUE, known, Subjects.actual(value),
                        Subjects.member(at) + " is " + Subjects.quote(value)
                                + ", which is not among the documented values " + listed(known));
            }
            case "pattern": {
                String pattern = schemaValue == null ? "" : schemaValue.asString();
                String expectation = CostDecimalMatcher.PATTERN.equals(pattern)
                        ? "a decimal number written as a string, such as \"0.0125\""
                        : "text matching " + pattern;
                return new Draft(at, Rule.PATTERN, pattern, Subjects.actual(value),
                        Subjects.member(at) + " is " + Subjects.quote(value) + "; expected " + expectation);
            }
            case "format": {
                String format = schemaValue == null ? "" : schemaValue.asString();
                return new Draft(at, Rule.FORMAT, format, Subjects.actual(value),
                        Subjects.member(at) + " is " + Subjects.quote(value) + "; expected " + describeFormat(format));
            }
            case UnknownPropertiesKeyword.NAME: {
                String pointer = Subjects.child(at, error.getProperty());
                Collection<String> documented = documented(error.getDetails());
                String suggestion = Suggestions.closest(error.getProperty(), documented);
                return new Draft(pointer, Rule.UNKNOWN_PROPERTY, null, error.getProperty(),
                        Subjects.member(pointer) + " is not a documented member"
                                + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
            }
            default:
                return new Draft(at, Rule.CONSTRAINT, schemaValue == null ? null : schemaValue.toString(),
                        Subjects.actual(value), Subjects.member(at) + " does not satisfy the schema's '" + keyword
                                + "' constraint (" + (schemaValue == null ? "" : Subjects.shorten(schemaValue.toString())) + ")");
        }
    }

    private static String describeFormat(String format) {
        return switch (format) {
            case "date-time" -> "an RFC 3339 date-time, such as \"2025-03-27T10:15:30Z\"";
            case "uuid" -> "a UUID, such as \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\"";
            default -> "a valid " + format;
        };
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(v -> out.add(v.isString() ? v.asString() : v.toString()));
        } else {
            out.add(node.isString() ? node.asString() : node.toString());
        }
        return out;
    }

    private static String listed(List<String> values) {
        return String.join(", ", values);
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> documented(Map<String, Object> details) {
        Object documented = details == null ? null : details.get("documented");
        return documented instanceof Collection<?> names ? (Collection<String>) names : List.of();
    }
}
