package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How lifecycle rules sit beside the schema: skipped members, the policy, the switch, the catalogue. */
class LifecycleCheckingTests {

    private static final String ENDED_BEFORE_STARTED = """
            {
              "id": "0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
              "status_code": "succeeded",
              "created_at": "2026-05-06T10:00:00Z",
              "started_at": "2026-05-06T10:00:05Z",
              "completed_at": "2026-05-06T10:00:03Z",
              "output": {}
            }
            """;

    @Test
    void a_violation_names_the_member_it_was_compared_with_in_its_one_line_form() {
        ValidationResult result = RunValidator.create().validate("runflow-v1", ENDED_BEFORE_STARTED);

        assertThat(result.violations()).extracting(Violation::toString).containsExactly(
                "6:19: /completed_at: completed_at 10:00:03 is before started_at 10:00:05 (started_at: 5:17)"
                        + " [lifecycle-completed-before-started]");
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void timestamps_centuries_apart_are_compared_and_their_durations_checked_without_overflow() {
        // Found by the validator fuzz campaign: a nanosecond difference of more than 292 years overflowed a long.
        String runflow = ENDED_BEFORE_STARTED.replace("2026-05-06T10:00:03Z", "1012-05-06T10:00:03Z");
        String comfyDeploy = """
                {"id": "b6e1d9f3-7a42-4c85-9e0b-2d5f8a3c61e7", "status": "success",
                 "created_at": "1012-07-14T11:05:40Z", "queued_at": "1012-07-14T11:05:40Z",
                 "started_at": "2025-07-14T11:05:47Z", "ended_at": "2025-07-14T11:06:00Z",
                 "cold_start_duration": 6.5, "cold_start_duration_total": 6.5, "duration": 1, "run_duration": 13}
                """;

        assertThat(RunValidator.create().validate("runflow-v1", runflow).violations())
                .extracting(v -> v.pointer() + " " + v.rule().id())
                .containsExactly("/completed_at lifecycle-completed-before-started", "/completed_at lifecycle-completed-before-created");
        assertThat(RunValidator.create().validate("comfydeploy-v2", comfyDeploy).violations())
                .filteredOn(v -> v.rule().id().endsWith("-mismatch"))
                .extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/cold_start_duration", "/cold_start_duration_total", "/duration");
    }

    @Test
    void a_timestamp_that_fails_its_format_is_reported_once_as_format_and_skipped_by_the_rules() {
        String body = ENDED_BEFORE_STARTED.replace("2026-05-06T10:00:03Z", "2026-05-06 at 10:00:03");

        ValidationResult result = RunValidator.create().validate("runflow-v1", body);

        assertThat(result.violations()).extracting(v -> v.pointer() + " " + v.rule().id())
                .containsExactly("/completed_at format");
    }

    @Test
    void a_v1_timestamp_that_does_not_parse_is_skipped_while_the_others_are_compared() {
        String body = """
                {"status": "failed", "created_at": "yesterday", "queued_at": null,
                 "started_at": "2024-10-14T09:21:19.637Z", "ended_at": "2024-10-14T09:21:10.000Z", "progress": 0.5}
                """;

        List<Violation> lifecycle = RunValidator.create().validate("comfydeploy-v1", body).violations().stream()
                .filter(v -> v.rule().id().startsWith("lifecycle-")).toList();

        assertThat(lifecycle).extracting(v -> v.rule().id()).containsExactly("lifecycle-ended-before-started");
    }

    @Test
    void a_rule_the_policy_turns_off_is_not_reported_and_one_it_lowers_is_a_warning() {
        RunValidator off = RunValidator.builder()
                .policy(SeverityPolicy.defaults().with("lifecycle-completed-before-started=off")).build();
        RunValidator lowered = RunValidator.builder()
                .policy(SeverityPolicy.defaults().with("lifecycle-completed-before-started=warning")).build();

        assertThat(off.validate("runflow-v1", ENDED_BEFORE_STARTED).violations()).isEmpty();
        ValidationResult warned = lowered.validate("runflow-v1", ENDED_BEFORE_STARTED);
        assertThat(warned.isValid()).isTrue();
        assertThat(warned.violations(Severity.WARNING)).extracting(v -> v.rule().id())
                .containsExactly("lifecycle-completed-before-started");
    }

    @Test
    void any_rule_but_the_reading_ones_can_be_turned_off() {
        RunValidator noUnknownValues = RunValidator.builder().policy(SeverityPolicy.defaults().with("enum=off")).build();

        assertThat(noUnknownValues.validate("runflow-v1", ENDED_BEFORE_STARTED.replace("succeeded", "done")).violations())
                .extracting(v -> v.rule().id()).doesNotContain("enum");
        assertThatThrownBy(() -> SeverityPolicy.defaults().with("malformed-json=off"))
                .hasMessage("rule 'malformed-json' cannot be turned off: an input that cannot be read cannot be checked");
        assertThatThrownBy(() -> SeverityPolicy.defaults().with("lifecycle-completed-before-started=never"))
                .hasMessage("unknown severity 'never'; expected error, warning, info or off");
    }

    @Test
    void the_schema_alone_is_checked_when_the_builder_leaves_lifecycle_rules_out() {
        RunValidator schemaOnly = RunValidator.builder().lifecycleRules(false).build();

        assertThat(schemaOnly.checksLifecycleRules()).isFalse();
        assertThat(schemaOnly.validate("runflow-v1", ENDED_BEFORE_STARTED).violations()).isEmpty();
    }

    @Test
    void a_detected_schema_brings_its_lifecycle_rules() {
        ValidationResult result = RunValidator.create().validate(RunValidator.AUTO, ENDED_BEFORE_STARTED);

        assertThat(result.schemaId()).isEqualTo("runflow-v1");
        assertThat(result.violations()).extracting(v -> v.rule().id()).containsExactly("lifecycle-completed-before-started");
    }

    @Test
    void the_catalogue_lists_each_schemas_rules_with_statement_source_and_basis() {
        List<LifecycleRule> rules = SchemaCatalogue.bundled().lifecycleRules("runflow-v1");

        assertThat(rules).extracting(r -> r.rule().id()).contains("lifecycle-completed-before-started", "lifecycle-terminal-without-end");
        LifecycleRule first = rules.get(0);
        assertThat(List.of(first.shape(), first.expression(), first.defaultSeverity().id(), first.basis()))
                .containsExactly("order", "created_at <= started_at", "error", "S");
        assertThat(SchemaCatalogue.bundled().lifecycleRules("comfydeploy-v2-error")).isEmpty();
        assertThat(Rule.fromId("lifecycle-terminal-without-end").description()).isNotBlank();
    }

    @Test
    void a_custom_schema_has_no_lifecycle_rules_and_validates_as_before() {
        SchemaCatalogue custom = SchemaCatalogue.bundled().withSchema("probe", "Probe", "{\"type\": \"object\"}");

        assertThat(custom.lifecycleRules("probe")).isEmpty();
        assertThat(RunValidator.builder().catalogue(custom).build().validate("probe", "{\"status\": \"success\"}").violations()).isEmpty();
    }
}
