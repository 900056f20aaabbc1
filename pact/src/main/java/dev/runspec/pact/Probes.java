package dev.runspec.pact;

import au.com.dius.pact.core.model.matchingrules.DateMatcher;
import au.com.dius.pact.core.model.matchingrules.IncludeMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TimestampMatcher;
import dev.runspec.core.internal.schema.ExampleValues;
import dev.runspec.core.internal.schema.SchemaNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;

/**
 * Values to try a matcher with, chosen to sit just outside what a schema allows: near misses of
 * enum values, malformed decimals (Unicode digits included), UUIDs and timestamps of the wrong
 * shape, and values of the wrong type. A matcher that lets one through that the schema rejects is
 * looser than the schema.
 */
final class Probes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<String> STRINGS = List.of("x", "", "abc", "0", "1", "1.5", "true", "null");
    private static final List<String> DECIMALS = List.of("+", "-", ".", "+.", "-.", "1.2.3", "1e5", "1,5", " 1", "1 ",
            "0x1f", "NaN", "Infinity", "\u0661\u0662", "\u0660.\u0665", "\u06f1", "--1", "1-", "..1", "+-1");
    private static final List<String> DATE_TIMES = List.of("2025-04-02", "2025-04-02T16:05:44",
            "2025-04-02T16:05:44.502113", "2025-04-02T16:05:44+0000", "2025-13-02T16:05:44Z", "2025-02-30T16:05:44Z",
            "2025-04-02T24:05:44Z", "16:05:44Z", "20250402T160544Z", "2025-04-02T16:05Z");
    private static final List<ZonedDateTime> INSTANTS = List.of(
            ZonedDateTime.of(2025, 4, 2, 16, 5, 44, 502_113_000, ZoneOffset.UTC),
            ZonedDateTime.of(2025, 12, 31, 23, 59, 9, 0, ZoneOffset.ofHoursMinutes(5, 30)));

    private static final Pattern DATE_TIME = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}:[0-9]{2}:[0-9]{2})((?:\\.[0-9]+)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)");
    private static final Pattern ALTERNATION = Pattern.compile("\\^?\\((?:\\?:)?((?:[A-Za-z0-9_ -]|\\\\[.+-])+"
            + "(?:\\|(?:[A-Za-z0-9_ -]|\\\\[.+-])+)*)\\)\\$?|\\^?((?:[A-Za-z0-9_ -])+(?:\\|[A-Za-z0-9_ -]+)+)\\$?");

    private Probes() {
    }

    static List<JsonNode> forMember(SchemaNode schema, List<MatchingRule> rules, JsonNode example) {
        Set<String> strings = new LinkedHashSet<>(STRINGS);
        if (example != null && example.isString()) {
            String e = example.asString();
            strings.add(e + "x");
            strings.add("x" + e);
        }
        switch (schema.kind()) {
            case ENUM -> enumNearMisses(schema.enumValues(), strings);
            case DECIMAL -> strings.addAll(DECIMALS);
            case UUID -> uuidNearMisses(strings);
            case DATE_TIME -> {
                strings.addAll(DATE_TIMES);
                impossibleDates(example, strings);
            }
            default -> {
            }
        }
        for (MatchingRule rule : rules) {
            if (rule instanceof RegexMatcher regex) {
                alternatives(regex.getRegex(), strings);
            }
            if (rule instanceof IncludeMatcher include) {
                strings.add("x" + include.getValue() + "x");
            }
            String format = rule instanceof TimestampMatcher t ? t.getFormat() : rule instanceof DateMatcher d ? d.getFormat() : null;
            if (format != null) {
                rendered(format, strings);
            }
        }
        List<JsonNode> probes = new ArrayList<>();
        strings.forEach(s -> probes.add(JSON.stringNode(s)));
        probes.add(JSON.numberNode(1));
        probes.add(JSON.numberNode(new java.math.BigDecimal("1.5")));
        probes.add(JSON.booleanNode(true));
        probes.add(JSON.nullNode());
        return probes;
    }

    /**
     * The example's date and time with fields out of range (month 13, 30 February, hour 24, and all
     * at once), keeping its fraction and offset: a format or regex that checks only the shape of
     * each field lets them through.
     */
    private static void impossibleDates(JsonNode example, Set<String> out) {
        if (example == null || !example.isString()) {
            return;
        }
        Matcher m = DATE_TIME.matcher(example.asString());
        if (!m.matches()) {
            return;
        }
        String year = m.group(1);
        String rest = m.group(5);
        String time = m.group(4);
        out.add(year + "-13-" + m.group(3) + "T" + time + rest);
        out.add(year + "-02-30T" + time + rest);
        out.add("2025-02-29T" + time + rest);
        out.add(year + "-04-31T" + time + rest);
        out.add(year + "-" + m.group(2) + "-" + m.group(3) + "T24" + time.substring(2) + rest);
        out.add(year + "-19-39T29:59:59" + rest);
        String offset = rest.replaceFirst("^\\.[0-9]+", "");
        out.add(year + "-19-39T29:59:59.1" + offset);
    }

    /**
     * The literal alternatives of a regex of the form {@code ^(a|b|c)$}: a value it names that the
     * schema does not (a status outside the closed set) is let through.
     */
    private static void alternatives(String regex, Set<String> out) {
        Matcher m = ALTERNATION.matcher(regex);
        if (!m.matches()) {
            return;
        }
        String body = m.group(1) != null ? m.group(1) : m.group(2);
        for (String alternative : body.split("\\|", -1)) {
            out.add(alternative.replaceAll("\\\\(.)", "$1"));
        }
    }

    private static void enumNearMisses(List<String> values, Set<String> out) {
        for (String v : values) {
            out.add(v + "x");
            out.add("x" + v);
            out.add(" " + v);
            out.add(v.toUpperCase(Locale.ROOT));
            if (v.length() > 1) {
                out.add(v.substring(0, v.length() - 1));
            }
        }
        if (values.size() > 1) {
            out.add(values.get(0) + values.get(1));
            out.add(values.get(0) + "|" + values.get(1));
        }
    }

    private static void uuidNearMisses(Set<String> out) {
        String u = ExampleValues.UUID;
        out.add(u.replace("-", ""));
        out.add("{" + u + "}");
        out.add(u + "a");
        out.add(u.substring(0, u.length() - 1) + "g");
        out.add("urn:uuid:" + u);
        out.add("\u0660" + u.substring(1));
        out.add(u.substring(0, 35));
    }

    private static void rendered(String format, Set<String> out) {
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format.endsWith("Z")
                    ? format.substring(0, format.length() - 1) + "X" : format);
            INSTANTS.forEach(i -> out.add(formatter.format(i)));
        } catch (RuntimeException unusable) {
            // A format Java cannot use is judged as unknown elsewhere.
        }
    }
}
