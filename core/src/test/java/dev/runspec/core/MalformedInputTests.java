package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedInputTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated             | {"id": "a", "status":              | 1 | 22 | ends before the JSON value is complete
            trailing garbage      | {"id": "a"} tail                   | 1 | 13 | more text after the end of the JSON value
            single quotes         | {'id': 'a'}                        | 1 | 2  | double quotes, not single quotes
            comment               | /* hi */ {}                        | 1 | 1  | comments are not allowed
            NaN                   | {"progress": NaN}                  | 1 | 17 | NaN and Infinity are not JSON numbers
            HTML error page       | <!DOCTYPE html><title>502</title>  | 1 | 1  | like an HTML page
            trailing comma        | {"id": "a",}                       | 1 | 12 | a trailing comma?
            bare word             | {"status": done}                   | 1 | 12 | unexpected word 'done'
            empty                 | ''                                 | 1 | 1  | the document is empty
            whitespace            | '   '                              | 1 | 1  | the document is empty
            """)
    void malformed_text_is_one_located_violation_in_plain_words(String kind, String text, int line, int column, String reason) {
        ValidationResult result = Probe.validator().validate(Probe.ID, text);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.MALFORMED_JSON);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.pointer()).isEmpty();
            assertThat(v.position()).isEqualTo(line + ":" + column);
            assertThat(v.message()).contains(reason).doesNotContain("\n").doesNotContain("Exception");
        });
        assertThat(result.document()).isEmpty();
        assertThat(result.isValid()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            raw line break in a string | 0x7B 0x22 0x61 0x22 0x3A 0x22 0x78 0x0A 0x79 0x22 0x7D | must be escaped
            invalid UTF-8              | 0x7B 0x22 0x61 0x22 0x3A 0x22 0xC3 0x28 0x22 0x7D      | not valid UTF-8
            UTF-16LE text              | 0x7B 0x00 0x7D 0x00                                  | encoded as UTF-16LE
            UTF-16BE with a mark       | 0xFE 0xFF 0x00 0x7B 0x00 0x7D                        | encoded as UTF-16BE
            """)
    void bytes_that_are_not_utf8_json_are_reported(String kind, String hex, String reason) {
        String[] parts = hex.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i].substring(2), 16);
        }

        assertThat(Probe.validator().validate(Probe.ID, bytes).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.MALFORMED_JSON);
            assertThat(v.message()).contains(reason);
        });
    }

    @org.junit.jupiter.api.Test
    void text_that_starts_like_utf16_read_byte_by_byte_gets_the_verdict_its_bytes_get() {
        String text = "\t\u0000\n";

        assertThat(Probe.validator().validate(Probe.ID, text).violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("the text is encoded as UTF-16LE; JSON must be UTF-8");
            assertThat(v.position()).isEqualTo("1:1");
        });
        assertThat(Probe.validator().validate(Probe.ID, text.getBytes(StandardCharsets.UTF_8)).violations())
                .isEqualTo(Probe.validator().validate(Probe.ID, text).violations());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a bad byte inside a string              | 0x7B 0x22 0x61 0x22 0x3A 0x22 0xC3 0x28 0x22 0x7D | 1:7
            a bad byte alone on a line after a lone CR | 0x20 0x20 0x0A 0x09 0x0D 0xED 0x0A 0x20 0x0A      | 3:1
            a bad byte after a mark and a CRLF      | 0xEF 0xBB 0xBF 0x7B 0x0D 0x0A 0x20 0xFF 0x7D      | 2:2
            """)
    void bytes_that_are_not_utf8_are_placed_on_the_first_bad_byte(String kind, String hex, String position) {
        String[] parts = hex.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i].substring(2), 16);
        }

        assertThat(Probe.validator().validate(Probe.ID, bytes).violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("not valid UTF-8");
            assertThat(v.position()).isEqualTo(position);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a byte-order mark before UTF-8 bytes | true
            a byte-order mark before a string    | false
            """)
    void a_utf8_byte_order_mark_is_accepted(String kind, boolean asBytes) {
        String json = "\uFEFF" + Probe.resource("conforming.json");

        ValidationResult result = asBytes
                ? Probe.validator().validate(Probe.ID, json.getBytes(StandardCharsets.UTF_8))
                : Probe.validator().validate(Probe.ID, json);

        assertThat(result.violations()).isEmpty();
    }
}
