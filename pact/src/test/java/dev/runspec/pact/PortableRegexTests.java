package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SchemaInfo;
import dev.runspec.core.internal.schema.ExampleValues;
import dev.runspec.core.internal.schema.FieldKind;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.core.internal.schema.SchemaWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The regexes runspec writes into pacts accept exactly what the schemas accept, and stay linear
 * where the published cost pattern backtracks.
 */
class PortableRegexTests {

    private static final char[] ALPHABET = {'0', '1', '9', '+', '-', '.', 'x'};

    @Test
    void the_decimal_regex_accepts_exactly_what_the_published_cost_pattern_accepts_on_every_short_string() {
        String published = SchemaCatalogue.bundled().schemaDocument("runflow-v1").at("/properties/cost/pattern").asString();
        assertThat(published).isEqualTo(SchemaNode.PUBLISHED_DECIMAL);
        Pattern reference = Pattern.compile(published);
        Pattern portable = Pattern.compile(PortableRegex.DECIMAL);
        List<String> disagreements = new ArrayList<>();
        int[] checked = {0};

        forEachString(7, s -> {
            checked[0]++;
            if (reference.matcher(s).matches() != portable.matcher(s).matches()) {
                disagreements.add(s);
            }
        });

        assertThat(checked[0]).isEqualTo(960_800);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void the_decimal_regex_uses_no_look_around_and_no_unicode_digit_class() {
        assertThat(PortableRegex.DECIMAL).doesNotContain("(?", "\\d").startsWith("^").endsWith("$");
        assertThat(Pattern.compile(PortableRegex.DECIMAL, Pattern.UNICODE_CHARACTER_CLASS).matcher("\u0661\u0662").find()).isFalse();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void the_decimal_regex_fails_a_long_near_miss_in_linear_time() {
        String nearMiss = "0".repeat(1_000_000) + "x";

        assertThat(Pattern.compile(PortableRegex.DECIMAL).matcher(nearMiss).matches()).isFalse();
        assertThat(Pattern.compile(PortableRegex.DECIMAL).matcher(nearMiss).find()).isFalse();
        assertThat(Pattern.compile(PortableRegex.DECIMAL).matcher("1" + "0".repeat(1_000_000) + ".5").matches()).isTrue();
    }

    @Test
    void the_uuid_regex_agrees_with_the_validators_uuid_format() {
        Pattern format = Pattern.compile("^\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");
        Pattern portable = Pattern.compile(PortableRegex.UUID);
        List<String> samples = List.of(ExampleValues.UUID, ExampleValues.UUID.toUpperCase(), ExampleValues.UUID.replace("-", ""),
                ExampleValues.UUID + "a", "x" + ExampleValues.UUID, ExampleValues.UUID.replace('f', 'g'), "\u0660" + ExampleValues.UUID.substring(1),
                ExampleValues.UUID.substring(0, 35), "00000000-0000-0000-0000-000000000000", "", "-".repeat(36));

        for (String s : samples) {
            assertThat(portable.matcher(s).matches()).as(s).isEqualTo(format.matcher(s).matches());
            assertThat(Pattern.compile(PortableRegex.UUID, Pattern.UNICODE_CHARACTER_CLASS).matcher(s).find())
                    .as("searching %s", s).isEqualTo(format.matcher(s).matches());
        }
    }

    @Test
    void every_enum_regex_accepts_its_values_and_nothing_near_them() {
        int enums = 0;
        for (SchemaInfo info : SchemaCatalogue.bundled().schemas()) {
            SchemaTree tree = SchemaTree.of(SchemaCatalogue.bundled(), info.id());
            for (SchemaNode node : SchemaWalk.members(tree.root())) {
                if (node.kind() != FieldKind.ENUM) {
                    continue;
                }
                enums++;
                List<String> values = node.enumValues();
                Pattern regex = Pattern.compile(PortableRegex.oneOf(values), Pattern.UNICODE_CHARACTER_CLASS);
                values.forEach(v -> assertThat(regex.matcher(v).matches()).as(v).isTrue());
                for (String v : values) {
                    for (String miss : List.of(v + "x", "x" + v, " " + v, v.toUpperCase(), v.substring(1), "")) {
                        if (!values.contains(miss)) {
                            assertThat(regex.matcher(miss).find()).as("%s against %s", miss, regex).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(enums).isGreaterThanOrEqualTo(10);
    }

    @Test
    void the_date_time_regex_accepts_exactly_the_days_that_exist() {
        Pattern regex = Pattern.compile(PortableRegex.dateTime(3));
        int checked = 0;
        for (int year : new int[] {1900, 2000, 2024, 2025, 2100}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
                    String text = "%04d-%02d-%02dT23:59:59.616Z".formatted(year, month, day);
                    assertThat(regex.matcher(text).matches()).as(text).isEqualTo(exists);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(5 * 14 * 33);
        for (String wrong : List.of("2025-04-02T24:00:00.000Z", "2025-04-02T10:60:00.000Z", "2025-04-02T10:05:39.61Z",
                "2025-04-02T10:05:39.616", "2025-04-02t10:05:39.616Z", "2025-04-02T10:05:39.616+24:00", "\u0662025-04-02T10:05:39.616Z")) {
            assertThat(Pattern.compile(PortableRegex.dateTime(3), Pattern.UNICODE_CHARACTER_CLASS).matcher(wrong).matches())
                    .as(wrong).isFalse();
        }
        assertThat(Pattern.compile(PortableRegex.dateTime(0)).matcher("2025-04-02T10:05:39+05:30").matches()).isTrue();
    }

    @Test
    void literal_escapes_every_metacharacter() {
        String text = "a.b|c(d)[e]{f}^g$h?i*j+k\\l";
        assertThat(Pattern.compile("^" + PortableRegex.literal(text) + "$").matcher(text).matches()).isTrue();
        assertThat(Pattern.compile("^" + PortableRegex.literal(text) + "$").matcher("aXb|c(d)[e]{f}^g$h?i*j+k\\l").matches()).isFalse();
    }

    private static void forEachString(int maxLength, java.util.function.Consumer<String> each) {
        each.accept("");
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>(previous.size() * ALPHABET.length);
            for (String prefix : previous) {
                for (char c : ALPHABET) {
                    String s = prefix + c;
                    each.accept(s);
                    next.add(s);
                }
            }
            previous = next;
        }
    }
}
