package dev.runspec.core;

import static dev.runspec.core.SchemaViolationsTests.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webhook and callback bodies: drifted bodies reported member by member, the providers' docs
 * examples flagged where they contradict the servers, and detection telling these bodies from
 * get-run bodies. The bodies built as the servers build them are in {@code conforming/} (written
 * by {@code src/test/server-bodies/make_bodies.py}) and pass {@link ConformingDocumentsTests}.
 */
class WebhookSchemasTests {

    private final RunValidator validator = RunValidator.create();

    @Test
    void comfydeploy_v2_webhook_reports_unknown_events_and_statuses_as_errors_and_checks_the_outputs() {
        assertViolations("comfydeploy-v2-webhook", "violating/comfydeploy-v2-webhook/drifted.json").containsExactly(
                tuple("/event_type", "enum", "error", 2, 17),
                tuple("/status", "enum", "error", 3, 13),
                tuple("/live_status", "type", "error", 4, 18),
                tuple("/progress", "null", "error", 5, 15),
                tuple("/outputs/0/data", "required", "error", 8, 5),
                tuple("/outputs/0/created_at", "format", "error", 12, 21),
                tuple("/webhook_status", "unknown-property", "warning", 16, 21));
    }

    @Test
    void the_v2_webhook_status_is_closed_unlike_the_v2_run_status() {
        String body = resource("conforming/comfydeploy-v2-webhook/run-updated-running.json").replace("\"running\"", "\"processing\"");

        assertThat(validator.validate("comfydeploy-v2-webhook", body).violations())
                .extracting(v -> v.pointer() + " " + v.rule().id() + " " + v.severity().id())
                .containsExactly("/status enum error");
    }

    @Test
    void comfydeploy_v1_webhook_reports_the_status_enum_types_and_a_camel_case_member() {
        assertViolations("comfydeploy-v1-webhook", "violating/comfydeploy-v1-webhook/drifted.json").containsExactly(
                tuple("/live_status", "required", "error", 1, 1),
                tuple("/status", "enum", "error", 2, 13),
                tuple("/liveStatus", "unknown-property", "warning", 3, 17),
                tuple("/progress", "type", "error", 4, 15),
                tuple("/outputs/0/data/images/0/filename", "required", "error", 10, 11));
        assertThat(message("comfydeploy-v1-webhook", "violating/comfydeploy-v1-webhook/drifted.json", "/liveStatus"))
                .isEqualTo("liveStatus is not a documented member; did you mean live_status?");
    }

    @Test
    void runflow_callback_reports_the_us_spelt_event_a_non_uuid_run_id_and_an_unknown_batch_member() {
        assertViolations("runflow-callback", "violating/runflow-callback/drifted.json").containsExactly(
                tuple("/metadata", "required", "error", 1, 1),
                tuple("/event", "enum", "error", 2, 12),
                tuple("/run_id", "format", "error", 3, 13),
                tuple("/status", "enum", "error", 4, 13),
                tuple("/output", "type", "error", 5, 13),
                tuple("/duration_ms", "type", "error", 6, 18),
                tuple("/created_at", "format", "error", 7, 17),
                tuple("/batch_id", "unknown-property", "warning", 9, 15));
        assertThat(message("runflow-callback", "violating/runflow-callback/drifted.json", "/event"))
                .isEqualTo("event is \"run.canceled\"; expected one of run.completed, run.failed, run.cancelled, run.partial_succeeded");
    }

    @ParameterizedTest(name = "event {0}")
    @ValueSource(strings = {"run.completed", "run.failed", "run.cancelled", "run.partial_succeeded"})
    void every_documented_runflow_event_is_accepted(String event) {
        String status = switch (event) {
            case "run.failed" -> "failed";
            case "run.cancelled" -> "canceled";
            case "run.partial_succeeded" -> "partial_succeeded";
            default -> "succeeded";
        };
        String body = resource("conforming/runflow-callback/completed.json")
                .replace("\"run.completed\"", "\"" + event + "\"")
                .replace("\"status\": \"succeeded\"", "\"status\": \"" + status + "\"");
        if (status.equals("canceled")) {
            body = body.replaceFirst("\"output\": \\{.*?\\]\\}", "\"output\": null");   // a cancelled run's callback has no output
        }

        assertThat(body).contains("\"" + event + "\"");
        assertThat(validator.validate("runflow-callback", body).violations()).isEmpty();
    }

    @Test
    void runflow_callback_timestamps_with_z_are_rfc_3339_too() {
        String body = resource("conforming/runflow-callback/completed.json").replace("+00:00\"", "Z\"");

        assertThat(body).contains("T10:00:00Z\"");
        assertThat(validator.validate("runflow-callback", body).violations()).isEmpty();
    }

    // The docs pages' examples, against the bodies the servers send.

    @Test
    void the_comfydeploy_run_update_page_literal_example_lacks_every_member_the_server_sends() {
        assertViolations("comfydeploy-v2-webhook", "docs-examples/comfydeploy-run-update-page-literal.json").containsExactly(
                tuple("/event_type", "required", "error", 1, 1),
                tuple("/live_status", "required", "error", 1, 1),
                tuple("/outputs", "required", "error", 1, 1),
                tuple("/progress", "required", "error", 1, 1),
                tuple("/run_id", "required", "error", 1, 1),
                tuple("/status", "required", "error", 1, 1));
    }

    @Test
    void a_body_following_the_comfydeploy_run_update_page_has_its_status_flagged() {
        assertViolations("comfydeploy-v2-webhook", "docs-examples/comfydeploy-run-update-page-schema.json").containsExactly(
                tuple("/event_type", "required", "error", 1, 1),
                tuple("/live_status", "required", "error", 1, 1),
                tuple("/status", "enum", "error", 3, 13),
                tuple("/progress", "lifecycle-progress-out-of-range", "error", 5, 15));
        assertThat(message("comfydeploy-v2-webhook", "docs-examples/comfydeploy-run-update-page-schema.json", "/status"))
                .isEqualTo("status is \"completed\"; expected one of not-started, running, uploading, success, failed, started,"
                        + " queued, timeout, cancelled");
    }

    @Test
    void the_comfydeploy_v2_callback_page_example_lacks_the_event_type_the_server_sends() {
        assertViolations("comfydeploy-v2-webhook", "docs-examples/comfydeploy-v2-callback-page.json").containsExactly(
                tuple("/event_type", "required", "error", 1, 1));
    }

    @Test
    void the_runflow_callbacks_page_example_has_only_its_elided_run_id_reported() {
        assertViolations("runflow-callback", "docs-examples/runflow-callbacks-page.json").containsExactly(
                tuple("/run_id", "format", "error", 3, 13));
    }

    // Detection: webhook bodies are not get-run bodies, and get-run bodies are not webhook bodies.

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "conforming/comfydeploy-v2-webhook/run-updated-queued.json=comfydeploy-v2-webhook",
            "conforming/comfydeploy-v2-webhook/run-output.json=comfydeploy-v2-webhook",
            "conforming/comfydeploy-v1-webhook/running.json=comfydeploy-v1-webhook",
            "conforming/runflow-callback/cancelled.json=runflow-callback",
            "violating/comfydeploy-v2-webhook/drifted.json=comfydeploy-v2-webhook",
            "violating/runflow-callback/drifted.json=runflow-callback",
            "conforming/comfydeploy-v2/running.json=comfydeploy-v2",
            "conforming/comfydeploy-v1/running.json=comfydeploy-v1",
            "conforming/runflow-v1/queued.json=runflow-v1",
            "violating/comfydeploy-v2/drifted.json=comfydeploy-v2",
            "violating/runflow-v1/drifted.json=runflow-v1"})
    void auto_detection_tells_webhook_bodies_from_get_run_bodies(String documentAndSchema) {
        String[] parts = documentAndSchema.split("=");

        assertThat(validator.validate(RunValidator.AUTO, resource(parts[0])).schemaId()).isEqualTo(parts[1]);
    }

    @Test
    void small_get_run_bodies_that_share_members_with_callbacks_stay_get_run_bodies() {
        String runflowRun = "{\"id\": \"0196a1f2-7c3e-7a41-9b2d-5e8f0c1d2a3b\", \"status_code\": \"succeeded\", \"output\": {},"
                + " \"duration_ms\": 12, \"created_at\": \"2026-05-06T10:00:00+00:00\", \"completed_at\": \"2026-05-06T10:00:01+00:00\"}";
        String callbackWithStatusCode = resource("conforming/runflow-callback/completed.json").replace("\"status\"", "\"status_code\"");

        assertThat(validator.validate(RunValidator.AUTO, runflowRun).schemaId()).isEqualTo("runflow-v1");
        assertThat(validator.validate(RunValidator.AUTO, callbackWithStatusCode).schemaId()).isEqualTo("runflow-callback");
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
}
