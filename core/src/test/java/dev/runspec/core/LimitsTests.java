package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LimitsTests {

    private final RunValidator validator = Probe.validator();

    @Test
    void nesting_beyond_the_limit_names_the_limit_and_how_to_raise_it() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(validator.validate(Probe.ID, deep).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).contains("max-nesting-depth limit of 500").contains("--max-nesting-depth");
            assertThat(v.line()).isEqualTo(1);
        });
    }

    @Test
    void a_number_with_ten_thousand_digits_is_refused_by_the_number_limit() {
        String json = "{\"progress\": " + "9".repeat(10_000) + "}";

        assertThat(validator.validate(Probe.ID, json).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).contains("max-number-length limit of 1000");
        });
    }

    @Test
    void a_document_beyond_the_size_limit_is_refused_before_parsing() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue())
                .limits(Limits.defaults().withMaxDocumentBytes(100)).build();

        assertThat(small.validate(Probe.ID, Probe.resource("conforming.json").getBytes(StandardCharsets.UTF_8)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
                    assertThat(v.message()).contains("more than the max-document-size limit of 100 bytes")
                            .contains("--max-document-size").contains("runspec.maxDocumentSize");
                });
    }

    @Test
    void a_string_beyond_the_string_limit_is_refused_and_a_raised_limit_lets_it_through() {
        String json = "{\"meta\": {\"note\": \"" + "a".repeat(2000) + "\"}}";
        Limits tight = Limits.defaults().withMaxStringLength(1000);

        assertThat(RunValidator.builder().catalogue(Probe.catalogue()).limits(tight).build().validate(Probe.ID, json).violations())
                .extracting(Violation::rule).containsExactly(Rule.LIMIT_EXCEEDED);
        assertThat(validator.validate(Probe.ID, json).violations())
                .extracting(Violation::rule).doesNotContain(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void overrides_replace_only_the_limits_given() {
        Limits limits = Limits.defaults().withOverrides(null, 40, null, 20);

        assertThat(limits).isEqualTo(new Limits(Limits.defaults().maxDocumentBytes(), 40, Limits.defaults().maxStringLength(), 20));
        assertThat(Limits.defaults().withOverrides(null, null, null, null)).isEqualTo(Limits.defaults());
    }

    @Test
    void limits_must_be_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limits.defaults().withMaxNestingDepth(0))
                .withMessage("every limit must be a positive number");
    }
}
