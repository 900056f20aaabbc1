package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * For each bundled schema, a drifted document that breaks every rule the schema expresses, checked
 * violation by violation: pointer, rule, and where the value sits in the source.
 */
class SchemaViolationsTests {

    private final RunValidator validator = RunValidator.create();

    @Test
    void comfydeploy_v1_ts_reports_missing_null_enum_type_nested_and_unknown_members() {
        assertViolations("comfydeploy-v1-ts", "violating/comfydeploy-v1-ts/drifted.json").containsExactly(
                tuple("/createdAt", "required", "error", 1, 1),
                tuple("/id", "null", "error", 2, 9),
                tuple("/status", "enum", "error", 12, 13),
                tuple("/gpu", "enum", "error", 18, 10),
                tuple("/progress", "type", "error", 26, 15),
                tuple("/outputs/0/data/images/0/filename", "required", "error", 37, 11),
                tuple("/workflow", "unknown-property", "warning", 71, 15));
    }

    @Test
    void comfydeploy_v1_reports_enums_nulls_types_and_a_renamed_member() {
        assertViolations("comfydeploy-v1", "violating/comfydeploy-v1/drifted.json").containsExactly(
                tuple("/status", "enum", "error", 12, 13),
                tuple("/created_at", "null", "error", 14, 17),
                tuple("/machine_type", "enum", "error", 19, 19),
                tuple("/is_realtime", "type", "error", 26, 18),
                tuple("/updatedAt", "unknown-property", "warning", 29, 16),
                tuple("/outputs/0/data", "required", "error", 36, 5));
        assertThat(message("comfydeploy-v1", "violating/comfydeploy-v1/drifted.json", "/updatedAt"))
                .isEqualTo("updatedAt is not a documented member; did you mean updated_at?");
    }

    @Test
    void comfydeploy_v2_reports_formats_integers_nulls_and_unknown_values_as_warnings() {
        assertViolations("comfydeploy-v2", "violating/comfydeploy-v2/drifted.json").containsExactly(
                tuple("/workflow_id", "null", "error", 9, 18),
                tuple("/status", "unknown-value", "warning", 13, 13),
                tuple("/ended_at", "format", "error", 14, 15),
                tuple("/created_at", "format", "error", 15, 17),
                tuple("/progress", "null", "error", 27, 15),
                tuple("/outputs/0/data/images/0/url", "required", "error", 38, 11),
                tuple("/number", "type", "error", 86, 13));
    }

    @Test
    void comfydeploy_v2_error_reports_the_detail_items_and_a_detail_that_is_not_a_list() {
        assertViolations("comfydeploy-v2-error", "violating/comfydeploy-v2-error/drifted.json").containsExactly(
                tuple("/detail/0/msg", "required", "error", 3, 5),
                tuple("/detail/0/loc/1", "type", "error", 7, 9));
        assertViolations("comfydeploy-v2-error", "violating/comfydeploy-v2-error/detail-not-a-list.json").containsExactly(
                tuple("/detail", "type", "error", 2, 13));
    }

    @Test
    void runflow_v1_reports_uuid_enum_integer_cost_and_timestamp_drift_in_the_run_and_its_node_runs() {
        assertViolations("runflow-v1", "violating/runflow-v1/drifted.json").containsExactly(
                tuple("/id", "format", "error", 2, 9),
                tuple("/target_type", "enum", "error", 6, 18),
                tuple("/status_code", "enum", "error", 9, 18),
                tuple("/duration_ms", "type", "error", 18, 18),
                tuple("/cost", "pattern", "error", 19, 11),
                tuple("/nodes_total", "type", "error", 21, 18),
                tuple("/created_at", "format", "error", 30, 17),
                tuple("/failure_stage_code", "enum", "error", 40, 25),
                tuple("/node_runs/1/cost", "pattern", "error", 82, 15));
        assertThat(message("runflow-v1", "violating/runflow-v1/drifted.json", "/status_code"))
                .isEqualTo("status_code is \"done\"; expected one of queued, dispatching, running, succeeded, failed,"
                        + " cancelled, canceled, partial_succeeded");
    }

    @Test
    void runflow_v1_accepts_both_spellings_of_cancelled() {
        String canceled = resource("conforming/runflow-v1/canceled-with-flow.json");

        assertThat(canceled).contains("\"canceled\"");
        assertThat(validator.validate("runflow-v1", canceled).violations()).isEmpty();
        assertThat(validator.validate("runflow-v1", canceled.replace("\"canceled\"", "\"cancelled\"")).violations()).isEmpty();
    }

    @Test
    void the_runflow_seed_example_has_its_placeholders_reported_not_accepted() {
        assertViolations("runflow-v1", "seed-examples/runflow-v1.json").containsExactly(
                tuple("/status_code", "required", "error", 1, 1),
                tuple("/cost", "pattern", "error", 12, 11),
                tuple("/current_evaluation_summary/status_code", "enum", "error", 38, 20),
                tuple("/node_runs/0/cost", "pattern", "error", 54, 15),
                tuple("/model/examples/0/cost", "pattern", "error", 154, 17));
    }

    @Test
    void the_comfydeploy_v2_seed_example_has_its_placeholder_values_reported_as_unknown_values() {
        assertViolations("comfydeploy-v2", "seed-examples/comfydeploy-v2.json").containsExactly(
                tuple("/origin", "unknown-value", "warning", 8, 13),
                tuple("/status", "unknown-value", "warning", 9, 13),
                tuple("/gpu", "unknown-value", "warning", 16, 10),
                tuple("/machine_type", "unknown-value", "warning", 18, 19),
                tuple("/webhook_status", "unknown-value", "warning", 26, 21));
    }

    @Test
    void the_seed_examples_that_are_real_shapes_conform() {
        // The SDK page's example is a shape, not a run: its placeholders ("<value>", progress 9988.47)
        // break lifecycle rules by design, so only the schema is checked here.
        RunValidator schemaOnly = RunValidator.builder().lifecycleRules(false).build();
        assertThat(schemaOnly.validate("comfydeploy-v1-ts", resource("seed-examples/comfydeploy-v1-ts.json")).violations()).isEmpty();
        assertThat(schemaOnly.validate("comfydeploy-v2-error", resource("seed-examples/comfydeploy-v2-error.json")).violations()).isEmpty();
    }

    private ListAssert<Tuple> assertViolations(String schemaId, String resource) {
        List<Tuple> found = validator.validate(schemaId, resource(resource)).violations().stream()
                .map(v -> tuple(v.pointer(), v.rule().id(), v.severity().id(), v.line(), v.column()))
                .toList();
        return assertThat(found).as(resource);
    }

    private String message(String schemaId, String resource, String pointer) {
        return validator.validate(schemaId, resource(resource)).violations().stream()
                .filter(v -> v.pointer().equals(pointer)).findFirst().orElseThrow().message();
    }

    static String resource(String name) {
        try (InputStream in = SchemaViolationsTests.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
