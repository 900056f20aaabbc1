package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The AssertJ assertions and {@link RecordedRuns} fixture sets take the webhook and callback schema ids. */
class WebhookIdsTests {

    static final Path CONFORMING = Path.of("../core/src/test/resources/conforming");

    @Test
    void assertj_checks_webhook_and_callback_bodies_by_id_and_by_shape() {
        assertThatRun(CONFORMING.resolve("runflow-callback/completed.json")).conformsTo("runflow-callback").hasNoWarnings();
        assertThatRun(CONFORMING.resolve("comfydeploy-v2-webhook/run-output.json")).conformsToDetectedSchema();
        assertThatRun(CONFORMING.resolve("comfydeploy-v1-webhook/running.json")).conformsTo("comfydeploy-v1-webhook");
        assertThatRun(Path.of("../core/src/test/resources/violating/runflow-callback/drifted.json"))
                .doesNotConformTo("runflow-callback", "/event", "enum");
        assertThatThrownBy(() -> assertThatRun(Path.of("../core/src/test/resources/docs-examples/comfydeploy-v2-callback-page.json"))
                .conformsTo("comfydeploy-v2-webhook"))
                .hasMessageContaining("1:1: /event_type: event_type is missing; it is required [required]");
    }

    @Test
    void recorded_fixture_sets_of_the_new_ids_give_one_passing_invocation_per_body() {
        ExampleRun run = ExampleRun.of(CallbackFixtures.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).hasSize(4 + 5);
    }

    static class CallbackFixtures {

        @ParameterizedTest
        @RecordedRuns(value = "../core/src/test/resources/conforming/runflow-callback", schema = "runflow-callback", strict = true)
        void every_recorded_callback_names_its_run(String body) {
            assertThat(body).contains("\"run_id\"");
        }

        @ParameterizedTest
        @RecordedRuns("../core/src/test/resources/conforming/comfydeploy-v2-webhook")
        void every_recorded_update_has_an_event_type(String body) {
            assertThat(body).contains("\"event_type\"");
        }
    }
}
