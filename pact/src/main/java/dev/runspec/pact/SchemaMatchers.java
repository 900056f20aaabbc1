package dev.runspec.pact;

import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TimestampMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import dev.runspec.core.internal.schema.ExampleValues;
import dev.runspec.core.internal.schema.SchemaNode;
import java.util.List;
import java.util.regex.Pattern;
import dev.runspec.shaded.jackson.databind.JsonNode;

/** The Pact matching rules that follow what the schema says about a member. */
final class SchemaMatchers {

    /** Strings that could also be the text of a JSON number, boolean or null. */
    private static final Pattern SCALAR_TEXT = Pattern.compile("[-+.0-9].*|true|false|null");

    private SchemaMatchers() {
    }

    /**
     * The rules for a non-null example of this member, all of which must match. A regex is paired
     * with a type matcher wherever a number or boolean could pass it: pact-jvm and the Rust core
     * both match a regex against the text of any scalar, so a decimal regex alone lets the number
     * 1 through where the schema wants a string.
     *
     * @throws IllegalArgumentException when no rule fits (a timestamp example not of RFC 3339's usual form,
     *     or a pattern runspec has no portable regex for)
     */
    static List<MatchingRule> forMember(String member, SchemaNode node, JsonNode example) {
        return switch (node.kind()) {
            case ENUM -> regex(PortableRegex.oneOf(node.enumValues()), example,
                    node.enumValues().stream().anyMatch(v -> SCALAR_TEXT.matcher(v).matches()));
            case UUID -> regex(PortableRegex.UUID, example, false);
            case DECIMAL -> regex(PortableRegex.DECIMAL, example, true);
            case DATE_TIME -> List.of(new TimestampMatcher(TimestampFormat.of(example.asString()).orElseThrow(() ->
                    new IllegalArgumentException("the example for " + member + " must look like " + ExampleValues.DATE_TIME
                            + " (upper-case T and Z, or an offset such as +00:00)"))),
                    new RegexMatcher(PortableRegex.dateTime(TimestampFormat.fractionDigits(example.asString())), example.asString()));
            case INTEGER -> List.of(new NumberTypeMatcher(NumberTypeMatcher.NumberType.INTEGER));
            case NUMBER -> List.of(new NumberTypeMatcher(NumberTypeMatcher.NumberType.NUMBER));
            case KNOWN_VALUES, STRING, BOOLEAN, OBJECT, ANY, ARRAY -> List.of(TypeMatcher.INSTANCE);
            case PATTERN -> throw new IllegalArgumentException(member + " must match the pattern " + node.pattern()
                    + ", which runspec has no portable Pact matcher for");
        };
    }

    private static List<MatchingRule> regex(String regex, JsonNode example, boolean alsoType) {
        RegexMatcher matcher = new RegexMatcher(regex, example.asString());
        return alsoType ? List.of(matcher, TypeMatcher.INSTANCE) : List.of(matcher);
    }
}
