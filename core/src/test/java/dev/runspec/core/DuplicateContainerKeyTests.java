package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast read catches a repeated member whatever its values are, objects and arrays included,
 * and in bytes as in text: the duplicate is found while the tree is built, not by a separate scan.
 */
class DuplicateContainerKeyTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"meta\": {\"a\": 1}, \"meta\": {\"a\": 2}}",
        "{\"meta\": [1], \"meta\": [2]}",
        "{\"meta\": 1, \"meta\": {\"a\": 2}}",
        "{\"meta\": {\"a\": 1}, \"meta\": null}",
        "{\"deep\": [{\"x\": {\"y\": 1, \"y\": [true]}}]}"
    })
    void a_repeated_member_with_container_values_is_reported(String json) {
        ValidationResult fromText = Probe.validator().validate(Probe.ID, json);
        ValidationResult fromBytes = Probe.validator().validate(Probe.ID, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(fromText.violations()).extracting(Violation::rule).contains(Rule.DUPLICATE_KEY);
        assertThat(fromBytes.violations())
                .extracting(Violation::pointer, Violation::rule)
                .containsAll(fromText.violations().stream().map(v -> tuple(v.pointer(), v.rule())).toList());
    }
}
