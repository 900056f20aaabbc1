package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Lifecycle rules in tests: {@code @RecordedRuns} and {@code @ValidateRunResponse} on the real
 * Jupiter engine, and the AssertJ assertions that check the schema and the lifecycle together or apart.
 */
class LifecycleRulesInTestsTests {

    private static final String COMPLETED_BEFORE_STARTED = text("lifecycle-recordings/runflow-completed-before-started.json");

    @Test
    void a_recorded_run_that_completes_before_it_starts_fails_naming_both_timestamps() {
        ExampleRun run = ExampleRun.of(RecordedLifecycle.class);

        assertThat(run.failures()).containsOnlyKeys("[1] runflow-completed-before-started.json");
        assertThat(run.failures().get("[1] runflow-completed-before-started.json")).contains(
                "44:19: /completed_at: completed_at 10:14:02.950 is before started_at 10:14:03.460, by 0.51 s"
                        + " (started_at: 43:17) [lifecycle-completed-before-started]");
    }

    @Test
    void the_annotations_severities_lower_a_lifecycle_rule_or_turn_it_off() {
        ExampleRun lowered = ExampleRun.of(RecordedLifecycleAsWarning.class);
        ExampleRun off = ExampleRun.of(RecordedResponseWithRuleOff.class);
        ExampleRun on = ExampleRun.of(RecordedResponse.class);

        assertThat(lowered.passed()).containsExactly("[1] runflow-completed-before-started.json");
        assertThat(off.passed()).containsExactly("records");
        assertThat(on.failures()).containsOnlyKeys("records");
        assertThat(on.failures().get("records")).contains("[lifecycle-completed-before-started]");
    }

    @Test
    void conforms_to_checks_schema_and_lifecycle_and_the_other_two_check_one_each() {
        String schemaBroken = COMPLETED_BEFORE_STARTED.replace("\"status_code\": \"succeeded\"", "\"status_code\": \"done\"")
                .replace("\"completed_at\": \"2026-05-06T10:14:02.950Z\"", "\"completed_at\": \"2026-05-06T10:14:13.302Z\"");

        assertThatThrownBy(() -> assertThatRun(COMPLETED_BEFORE_STARTED).conformsTo("runflow-v1"))
                .hasMessageContaining("[lifecycle-completed-before-started]");
        assertThatRun(COMPLETED_BEFORE_STARTED).conformsToSchemaOnly("runflow-v1");
        assertThatThrownBy(() -> assertThatRun(COMPLETED_BEFORE_STARTED).followsLifecycleOf("runflow-v1"))
                .hasMessageContaining("to conform to schema:%n  the lifecycle rules of \"runflow-v1\"".formatted())
                .hasMessageContaining("See them with: runspec rules runflow-v1");
        assertThatRun(schemaBroken).followsLifecycleOf("runflow-v1");
        assertThatThrownBy(() -> assertThatRun(schemaBroken).conformsToSchemaOnly("runflow-v1"))
                .hasMessageContaining("(schema only)").hasMessageContaining("[enum]");
        assertThatThrownBy(() -> assertThatRun("{\"status_code\": ").followsLifecycleOf("runflow-v1"))
                .hasMessageContaining("[malformed-json]");
    }

    @Test
    void has_violation_takes_a_lifecycle_rule_id() {
        assertThatRun(COMPLETED_BEFORE_STARTED).doesNotConformTo("runflow-v1", "/completed_at", "lifecycle-completed-before-started");
    }

    private static String text(String resource) {
        try {
            return Files.readString(Path.of(LifecycleRulesInTestsTests.class.getClassLoader().getResource(resource).toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static class RecordedLifecycle {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:lifecycle-recordings", schema = "runflow-v1")
        void reads(String body) {
        }
    }

    static class RecordedLifecycleAsWarning {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:lifecycle-recordings", schema = "runflow-v1", severities = "lifecycle-completed-before-started=warning")
        void reads(String body) {
        }
    }

    @ValidateRunResponse(schema = "runflow-v1")
    static class RecordedResponse {

        @Test
        void records(RunResponseRecorder runs) {
            runs.record(COMPLETED_BEFORE_STARTED);
        }
    }

    @ValidateRunResponse(schema = "runflow-v1", severities = "lifecycle-completed-before-started=off")
    static class RecordedResponseWithRuleOff {

        @Test
        void records(RunResponseRecorder runs) {
            runs.record(COMPLETED_BEFORE_STARTED);
        }
    }
}
