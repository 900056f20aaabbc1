package dev.runspec.core;

import dev.runspec.core.internal.LimitSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitsTests {

    private final RunValidator validator = Probe.validator();

    @Test
    void nesting_beyond_the_limit_names_the_limit_in_core_words_and_in_data() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(validator.validate(Probe.ID, deep).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).isEqualTo("arrays and objects nest deeper than the max-nesting-depth limit of 500 levels");
            assertThat(v.expected()).isEqualTo("max-nesting-depth");
            assertThat(Limit.of(v)).contains(Limit.MAX_NESTING_DEPTH);
            assertThat(v.line()).isEqualTo(1);
        });
    }

    @Test
    void a_number_with_ten_thousand_digits_is_refused_by_the_number_limit() {
        String json = "{\"progress\": " + "9".repeat(10_000) + "}";

        assertThat(validator.validate(Probe.ID, json).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).isEqualTo("a number has more digits than the max-number-length limit of 1000");
            assertThat(Limit.of(v)).contains(Limit.MAX_NUMBER_LENGTH);
        });
    }

    @Test
    void a_document_beyond_the_size_limit_is_refused_before_parsing() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue())
                .limits(Limits.defaults().withMaxDocumentBytes(100)).build();

        assertThat(small.validate(Probe.ID, Probe.resource("conforming.json").getBytes(StandardCharsets.UTF_8)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
                    assertThat(v.message()).matches("the document is \\d+ bytes, more than the max-document-size limit of 100 bytes");
                    assertThat(v.expected()).isEqualTo("max-document-size");
                    assertThat(Limit.of(v)).contains(Limit.MAX_DOCUMENT_SIZE);
                });
    }

    @Test
    void a_stream_beyond_the_size_limit_is_refused_without_claiming_a_size_it_did_not_read() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue())
                .limits(Limits.defaults().withMaxDocumentBytes(100)).build();
        byte[] json = ("{\"pad\": \"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(small.validate(Probe.ID, new java.io.ByteArrayInputStream(json)).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).startsWith("the document is more than the max-document-size limit of 100 bytes");
        });
        assertThat(small.validate(Probe.ID, new java.io.StringReader(new String(json, StandardCharsets.UTF_8))).violations())
                .singleElement().satisfies(v -> assertThat(v.message())
                        .startsWith("the document is more than the max-document-size limit of 100 bytes"));
    }

    @Test
    void text_is_held_to_the_size_limit_in_utf8_bytes_as_the_same_document_as_bytes_is() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue())
                .limits(Limits.defaults().withMaxDocumentBytes(100)).build();
        String json = "{\"note\": \"" + "\u00e9".repeat(60) + "\"}";

        assertThat(small.validate(Probe.ID, json).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).startsWith("the document is 132 bytes, more than the max-document-size limit of 100 bytes");
        });
        assertThat(small.validate(Probe.ID, json.getBytes(StandardCharsets.UTF_8)).violations())
                .extracting(Violation::message).containsExactlyElementsOf(
                        small.validate(Probe.ID, json).violations().stream().map(Violation::message).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"meta\": {\"note\": \"VALUE\"}} | a string is longer than the max-string-length limit of 1000 characters",
        "{\"VALUE\": 1}                        | a member name is longer than the max-string-length limit of 1000 characters"})
    void a_string_or_member_name_beyond_the_string_limit_is_refused_and_a_raised_limit_lets_it_through(String form, String message) {
        String json = form.replace("VALUE", "a".repeat(2000));
        Limits tight = Limits.defaults().withMaxStringLength(1000);

        assertThat(RunValidator.builder().catalogue(Probe.catalogue()).limits(tight).build().validate(Probe.ID, json).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.message()).isEqualTo(message);
                    assertThat(Limit.of(v)).contains(Limit.MAX_STRING_LENGTH);
                });
        assertThat(validator.validate(Probe.ID, json).violations())
                .extracting(Violation::rule).doesNotContain(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void core_names_no_front_end_setting_and_each_front_end_adds_its_own_advice() {
        ValidationResult refused = validator.validate(Probe.ID, "[".repeat(1000) + "]".repeat(1000));

        assertThat(refused.violations()).singleElement().extracting(Violation::message).asString()
                .doesNotContain("--", "runspec.", "Maven", "JUnit", "raise");
        assertThat(refused.withAdvice(Rule.LIMIT_EXCEEDED, v -> Limit.of(v).map(l -> "raise " + l.id()).orElse(null))
                .violations()).singleElement().extracting(Violation::message).asString()
                .endsWith(" levels; raise max-nesting-depth");
        assertThat(refused.withAdvice(Rule.LIMIT_EXCEEDED, v -> null).violations()).isEqualTo(refused.violations());
        assertThat(Limit.MAX_DOCUMENT_SIZE.camelCase()).isEqualTo("maxDocumentSize");
        assertThat(Limit.of(new Violation("", Rule.TYPE, Severity.ERROR, "max-nesting-depth", null, "m", 1, 1))).isEmpty();
    }

    @Test
    void a_duplicate_key_and_a_string_beyond_the_string_limit_are_both_verdicts_not_an_exception() {
        String json = "{\"id\": 1,\n \"id\": 2,\n \"note\": \"" + "a".repeat(200) + "\"}";
        Limits tight = Limits.defaults().withMaxStringLength(64);

        assertThat(RunValidator.builder().catalogue(Probe.catalogue()).limits(tight).build().validate(Probe.ID, json).violations())
                .extracting(Violation::rule, Violation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.DUPLICATE_KEY, 2),
                        org.assertj.core.groups.Tuple.tuple(Rule.LIMIT_EXCEEDED, 3));
    }

    @Test
    void overrides_replace_only_the_limits_given() {
        Limits limits = LimitSettings.withOverrides(Limits.defaults(), null, 40, null, 20);

        assertThat(limits).isEqualTo(new Limits(Limits.defaults().maxDocumentBytes(), 40, Limits.defaults().maxStringLength(), 20));
        assertThat(LimitSettings.withOverrides(Limits.defaults(), null, null, null, null)).isEqualTo(Limits.defaults());
    }

    @Test
    void limits_must_be_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limits.defaults().withMaxNestingDepth(0))
                .withMessage("every limit must be a positive number");
    }

    @Test
    void sizes_are_read_as_bytes_or_with_a_binary_suffix_and_counts_as_positive_whole_numbers() {
        assertThat(LimitSettings.parseSize("1048576")).isEqualTo(1L << 20);
        assertThat(LimitSettings.parseSize("512k")).isEqualTo(512L << 10);
        assertThat(LimitSettings.parseSize(" 16M ")).isEqualTo(16L << 20);
        assertThat(LimitSettings.parseSize("1GiB")).isEqualTo(1L << 30);
        assertThat(LimitSettings.parseCount("2000")).isEqualTo(2000);
        assertThatIllegalArgumentException().isThrownBy(() -> LimitSettings.parseSize("0"))
                .withMessage("'0' is not a positive size such as 1048576, 512k or 16M");
        assertThatIllegalArgumentException().isThrownBy(() -> LimitSettings.parseSize("99999999999G"))
                .withMessage("'99999999999G' is not a positive size such as 1048576, 512k or 16M");
        assertThatIllegalArgumentException().isThrownBy(() -> LimitSettings.parseCount("-1"))
                .withMessage("'-1' is not a positive whole number");
        assertThatIllegalArgumentException().isThrownBy(() -> LimitSettings.parseCount("many"))
                .withMessage("'many' is not a positive whole number");
    }
}
