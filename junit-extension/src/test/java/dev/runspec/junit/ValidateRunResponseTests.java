package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.runspec.core.FailOn;
import dev.runspec.core.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** {@link ValidateRunResponse} on the real Jupiter engine: which example tests pass, and how the others fail. */
class ValidateRunResponseTests {

    static final String RUNNING = Recordings.text("comfydeploy-v2/running.json");
    static final String DRIFTED = Recordings.text("comfydeploy-v2/drifted.json");
    static final String CUT_OFF = Recordings.text("broken/cut-off.json");
    static final String WITH_UNKNOWN_MEMBER = RUNNING.replace("\"number\": 0,", "\"number\": 0,\n  \"region\": \"us-east\",");
    static final String QUEUED_RUNFLOW = Recordings.text("runflow-v1/queued.json");
    static final String DRIFTED_RUNFLOW = Recordings.text("runflow-v1/drifted.json");

    @Test
    void passes_when_every_recorded_response_conforms() {
        ExampleRun run = ExampleRun.of(ConformingResponses.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).containsExactly("records_bytes", "records_nothing", "records_text", "takes_no_recorder");
    }

    @Test
    void fails_a_test_with_every_violation_of_every_recorded_response() {
        ExampleRun run = ExampleRun.of(DriftedResponses.class);

        assertThat(run.passed()).isEmpty();
        assertThat(run.failureOf("records_two_drifted_responses")).isInstanceOf(AssertionFailedError.class);
        assertThat(run.failures()).containsExactly(entry("records_two_drifted_responses",
                String.format("%nExpecting every run response the test recorded to conform to schema:%n"
                        + "  \"comfydeploy-v2\"%n"
                        + "but 2 of 3 did not:%n"
                        + "  response 1, 2 errors and 1 warning:%n")
                        + Recordings.violationLines("comfydeploy-v2", "comfydeploy-v2/drifted.json", "    ")
                        + String.format("%n  response 3, 1 error:%n")
                        + Recordings.violationLines("comfydeploy-v2", "broken/cut-off.json", "    ")));
    }

    @Test
    void warnings_fail_a_test_only_when_asked_to() {
        ExampleRun run = ExampleRun.of(UnknownMember.class);

        assertThat(run.passed()).containsExactly("by_default");
        assertThat(run.failures()).containsOnlyKeys("failing_on_warnings", "in_strict_mode", "with_a_severity_override");
        assertThat(run.failures().get("failing_on_warnings")).isEqualTo(String.format(
                "%nExpecting every run response the test recorded to conform to schema:%n"
                        + "  \"comfydeploy-v2\"%n"
                        + "with no errors or warnings%n"
                        + "but 1 of 1 did not:%n"
                        + "  response 1, 1 warning:%n"
                        + "    34:13: /region: region is not a documented member [unknown-property, warning]"));
        assertThat(run.failures().get("in_strict_mode"))
                .contains("  response 1, 1 error:%n    34:13: /region: region is not a documented member [unknown-property]"
                        .formatted());
        assertThat(run.failures().get("with_a_severity_override"))
                .contains("34:13: /region: region is not a documented member [unknown-property]");
    }

    @Test
    void a_method_annotation_wins_over_the_class_annotation() {
        ExampleRun run = ExampleRun.of(MethodOverridesClass.class);

        assertThat(run.passed()).containsExactly("checks_against_the_method_schema");
        assertThat(run.failures()).containsOnlyKeys("checks_against_the_class_schema");
        assertThat(run.failures().get("checks_against_the_class_schema")).contains("  \"runflow-v1\"%n".formatted());
    }

    @Test
    void auto_checks_each_response_against_the_schema_its_shape_shows() {
        ExampleRun run = ExampleRun.of(DetectedSchemas.class);

        assertThat(run.passed()).containsExactly("records_two_providers");
        assertThat(run.failures().get("records_a_drifted_runflow_run")).isEqualTo(String.format(
                "%nExpecting every run response the test recorded to conform to schema:%n"
                        + "  auto (each document by its shape)%n"
                        + "but 1 of 2 did not:%n"
                        + "  response 2, against \"runflow-v1\" (detected by shape), 1 error and 1 warning:%n"
                        + "    18:11: /cost: cost is \"0.12 USD\"; expected a decimal number written as a string, "
                        + "such as \"0.0125\" [pattern]%n"
                        + "    38:13: /region: region is not a documented member [unknown-property, warning]"));
    }

    @Test
    void a_before_each_method_and_the_test_share_one_recorder() {
        ExampleRun run = ExampleRun.of(SharedRecorder.class);

        assertThat(run.failures().get("records_a_conforming_response")).contains("but 1 of 2 did not:%n  response 1, 2 errors"
                .formatted());
    }

    @Test
    void a_test_that_fails_on_its_own_keeps_its_failure_and_gets_the_violations_as_suppressed() {
        ExampleRun run = ExampleRun.of(FailingClientTest.class);

        Throwable failure = run.failureOf("client_breaks_on_the_drifted_run");
        assertThat(failure).hasMessage("client could not parse progress");
        assertThat(failure.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                .contains(Recordings.violationLine("comfydeploy-v2", "comfydeploy-v2/drifted.json", "/progress"));
    }

    @Test
    void nested_test_classes_follow_the_outer_annotation() {
        ExampleRun run = ExampleRun.of(OuterWithNested.class);

        assertThat(run.passed()).containsExactly("conforming");
        assertThat(run.failures()).containsOnlyKeys("drifted");
    }

    @Test
    void a_schema_id_the_catalogue_does_not_know_is_a_configuration_error() {
        ExampleRun run = ExampleRun.of(UnknownSchema.class);

        assertThat(run.failures()).containsOnly(entry("records",
                "Configuration error: @ValidateRunResponse on [" + UnknownSchema.class.getName() + "]: schema: unknown schema id "
                        + "'comfydeploy-v3'; known ids: comfydeploy-v1-ts, comfydeploy-v1, comfydeploy-v2, comfydeploy-v2-error, "
                        + "runflow-v1, comfydeploy-v1-webhook, comfydeploy-v2-webhook, runflow-callback (or auto)"));
    }

    @Test
    void a_malformed_severity_override_is_a_configuration_error() {
        ExampleRun run = ExampleRun.of(BadSeverityOverride.class);

        assertThat(run.failures().get("records")).startsWith("Configuration error: @ValidateRunResponse on ["
                + BadSeverityOverride.class.getName() + "#records]: severities: unknown rule 'unknown-field'; expected one of ");
    }

    @Test
    void a_recorder_outside_a_test_is_a_configuration_error() {
        ExampleRun run = ExampleRun.of(RecorderForTheWholeClass.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.containerFailures().values()).singleElement().asString().startsWith("Configuration error: a RunResponseRecorder belongs to one test; declare it as a parameter of the "
                        + "test method or of a @BeforeEach method, not of [static void ");
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class ConformingResponses {

        @Test
        void records_text(RunResponseRecorder runs) {
            assertThat(runs.record(RUNNING)).isSameAs(RUNNING);
        }

        @Test
        void records_bytes(RunResponseRecorder runs) {
            runs.record(Recordings.bytes("comfydeploy-v2/success-with-outputs.json"));
        }

        @Test
        void records_nothing(RunResponseRecorder runs) {
            assertThat(runs.schema()).isEqualTo("comfydeploy-v2");
        }

        @Test
        void takes_no_recorder() {
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class DriftedResponses {

        @Test
        void records_two_drifted_responses(RunResponseRecorder runs) {
            runs.record(DRIFTED);
            runs.record(RUNNING);
            runs.record(CUT_OFF);
        }
    }

    static class UnknownMember {

        @Test
        @ValidateRunResponse(schema = "comfydeploy-v2")
        void by_default(RunResponseRecorder runs) {
            runs.record(WITH_UNKNOWN_MEMBER);
        }

        @Test
        @ValidateRunResponse(schema = "comfydeploy-v2", failOn = FailOn.WARNING)
        void failing_on_warnings(RunResponseRecorder runs) {
            runs.record(WITH_UNKNOWN_MEMBER);
        }

        @Test
        @ValidateRunResponse(schema = "comfydeploy-v2", strict = true)
        void in_strict_mode(RunResponseRecorder runs) {
            runs.record(WITH_UNKNOWN_MEMBER);
        }

        @Test
        @ValidateRunResponse(schema = "comfydeploy-v2", severities = "unknown-property=error")
        void with_a_severity_override(RunResponseRecorder runs) {
            runs.record(WITH_UNKNOWN_MEMBER);
        }
    }

    @ValidateRunResponse(schema = "runflow-v1")
    static class MethodOverridesClass {

        @Test
        @ValidateRunResponse(schema = "comfydeploy-v2")
        void checks_against_the_method_schema(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }

        @Test
        void checks_against_the_class_schema(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }
    }

    @ValidateRunResponse
    static class DetectedSchemas {

        @Test
        void records_two_providers(RunResponseRecorder runs) {
            runs.record(RUNNING);
            runs.record(QUEUED_RUNFLOW);
        }

        @Test
        void records_a_drifted_runflow_run(RunResponseRecorder runs) {
            runs.record(QUEUED_RUNFLOW);
            runs.record(DRIFTED_RUNFLOW);
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class SharedRecorder {

        @BeforeEach
        void recordDuringSetUp(RunResponseRecorder runs) {
            runs.record(DRIFTED);
        }

        @Test
        void records_a_conforming_response(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class FailingClientTest {

        @Test
        void client_breaks_on_the_drifted_run(RunResponseRecorder runs) {
            runs.record(DRIFTED);
            throw new AssertionError("client could not parse progress");
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class OuterWithNested {

        @Nested
        class Polling {

            @Test
            void conforming(RunResponseRecorder runs) {
                runs.record(RUNNING);
            }

            @Test
            void drifted(RunResponseRecorder runs) {
                runs.record(DRIFTED);
            }
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v3")
    static class UnknownSchema {

        @Test
        void records(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }
    }

    static class BadSeverityOverride {

        @Test
        @ValidateRunResponse(severities = "unknown-field=error")
        void records(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }
    }

    @ValidateRunResponse
    static class RecorderForTheWholeClass {

        @BeforeAll
        static void recordForAll(RunResponseRecorder runs) {
            runs.record(RUNNING);
        }

        @Test
        void records() {
        }
    }
}
