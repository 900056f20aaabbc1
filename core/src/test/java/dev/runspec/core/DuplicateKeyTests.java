package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class DuplicateKeyTests {

    @Test
    void every_duplicate_is_reported_at_its_repeat_and_the_document_is_still_checked() {
        String json = """
                {
                  "id": "0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c",
                  "status": "queued",
                  "status": "paused",
                  "created_at": "2025-03-27T10:15:30Z",
                  "outputs": [{"url": "a", "url": "b"}]
                }
                """;

        ValidationResult result = Probe.validator().validate(Probe.ID, json);

        assertThat(result.violations())
                .extracting(Violation::pointer, Violation::rule, Violation::line, Violation::column)
                .containsExactly(
                        tuple("/status", Rule.DUPLICATE_KEY, 4, 3),
                        tuple("/status", Rule.ENUM, 4, 13),
                        tuple("/outputs/0/url", Rule.DUPLICATE_KEY, 6, 28));
        assertThat(result.violations().get(0).message())
                .isEqualTo("\"status\" appears more than once in the same object; parsers disagree on which value wins (runspec checks the last)");
        assertThat(result.document()).hasValueSatisfying(tree -> assertThat(tree.get("status").asString()).isEqualTo("paused"));
    }

    @Test
    void a_duplicate_before_a_syntax_error_is_reported_with_it() {
        ValidationResult result = Probe.validator().validate(Probe.ID, "{\"a\": 1, \"a\": 2, ");

        assertThat(result.violations()).extracting(Violation::rule).containsExactly(Rule.DUPLICATE_KEY, Rule.MALFORMED_JSON);
    }
}
