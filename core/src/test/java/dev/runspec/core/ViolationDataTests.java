package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationDataTests {

    private final ValidationResult drifted = Probe.validator().validate(Probe.ID, Probe.resource("drifted.json"));

    @Test
    void a_conforming_document_has_no_violations() {
        ValidationResult result = Probe.validator().validate(Probe.ID, Probe.resource("conforming.json"));

        assertThat(result.violations()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.schemaId()).isEqualTo(Probe.ID);
    }

    @Test
    void every_rule_is_reported_with_pointer_rule_severity_and_position() {
        assertThat(drifted.violations())
                .extracting(Violation::pointer, v -> v.rule().id(), v -> v.severity().id(), Violation::line, Violation::column)
                .containsExactly(
                        tuple("/id", "format", "error", 2, 9),
                        tuple("/status", "enum", "error", 3, 13),
                        tuple("/gpu", "unknown-value", "warning", 4, 10),
                        tuple("/created_at", "null", "error", 5, 17),
                        tuple("/cost", "pattern", "error", 6, 11),
                        tuple("/progress", "type", "error", 7, 15),
                        tuple("/outputs/0/url", "required", "error", 9, 5),
                        tuple("/outputs/0/uri", "unknown-property", "warning", 9, 13),
                        tuple("/outputs/0/cost", "pattern", "error", 9, 50),
                        tuple("/creatd", "unknown-property", "warning", 11, 13));
        assertThat(drifted.isValid()).isFalse();
    }

    @Test
    void a_missing_member_is_named_by_its_own_pointer_and_placed_on_the_object_that_lacks_it() {
        ValidationResult result = Probe.validator().validate(Probe.ID, "{\n  \"status\": \"queued\"\n}");

        assertThat(result.violations())
                .extracting(Violation::pointer, v -> v.rule().id(), Violation::line, Violation::column, Violation::message)
                .containsExactly(
                        tuple("/created_at", "required", 1, 1, "created_at is missing; it is required"),
                        tuple("/id", "required", 1, 1, "id is missing; it is required"));
    }

    @Test
    void messages_are_ours_and_say_what_was_found_and_what_was_expected() {
        assertThat(drifted.violations()).extracting(Violation::message).containsExactly(
                "id is \"run_1\"; expected a UUID, such as \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\"",
                "status is \"done\"; expected one of queued, running, succeeded",
                "gpu is \"H200\", which is not among the documented values T4, A100",
                "created_at is null; expected a string",
                "cost is \"<string>\"; expected a decimal number written as a string, such as \"0.0125\"",
                "progress is a string (\"50\"); expected a number",
                "outputs[0].url is missing; it is required",
                "outputs[0].uri is not a documented member; did you mean url?",
                "outputs[0].cost is \"1.2.3\"; expected a decimal number written as a string, such as \"0.0125\"",
                "creatd is not a documented member");
    }

    @Test
    void expected_and_actual_are_plain_values() {
        Violation status = only("/status");
        assertThat(status.expected()).isEqualTo(List.of("queued", "running", "succeeded"));
        assertThat(status.actual()).isEqualTo("done");

        Violation progress = only("/progress");
        assertThat(progress.expected()).isEqualTo("number");
        assertThat(progress.actual()).isEqualTo("50");

        Violation createdAt = only("/created_at");
        assertThat(createdAt.actual()).isNull();
    }

    @Test
    void to_string_is_the_line_a_build_log_shows() {
        assertThat(only("/status")).hasToString("3:13: /status: status is \"done\"; expected one of queued, running, succeeded [enum]");
    }

    @Test
    void a_document_of_the_wrong_kind_is_a_type_violation_of_the_whole_document() {
        assertThat(Probe.validator().validate(Probe.ID, "[1, 2]").violations())
                .extracting(Violation::pointer, v -> v.rule().id(), Violation::message)
                .containsExactly(tuple("", "type", "the document is an array; expected an object"));
        assertThat(Probe.validator().validate(Probe.ID, "null").violations())
                .extracting(v -> v.rule().id()).containsExactly("null");
        assertThat(Probe.validator().validate(Probe.ID, "\"run\"").violations())
                .extracting(v -> v.rule().id()).containsExactly("type");
    }

    @Test
    void a_parsed_tree_can_be_validated_without_positions() {
        ValidationResult fromTree = Probe.validator().validate(Probe.ID, drifted.document().orElseThrow());

        assertThat(fromTree.violations()).extracting(Violation::pointer, Violation::rule)
                .containsExactlyInAnyOrderElementsOf(drifted.violations().stream().map(v -> tuple(v.pointer(), v.rule())).toList());
        assertThat(fromTree.violations()).allSatisfy(v -> assertThat(v.line()).isZero());
    }

    private Violation only(String pointer) {
        return drifted.violations().stream().filter(v -> v.pointer().equals(pointer)).findFirst().orElseThrow();
    }
}
