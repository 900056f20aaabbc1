package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.NearMiss;
import dev.runspec.generator.RunGenerator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@code @GeneratedRuns} on the real Jupiter engine: one invocation per generated body, named by
 * status and seed, the same bodies on every run; coverage sets and near misses too; a wrong
 * configuration is one line.
 */
class GeneratedRunsTests {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void each_generated_run_is_one_invocation_named_by_its_status_and_seed() {
        SEEN.clear();

        ExampleRun run = ExampleRun.of(FiftySucceededRunflowRuns.class);

        List<GeneratedRun> expected = RunGenerator.forSchema("runflow-v1").runs("succeeded", 1).limit(50).toList();
        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).hasSize(50)
                .contains("[1] " + expected.get(0).name(), "[50] " + expected.get(49).name());
        assertThat(SEEN).containsExactlyElementsOf(expected.stream().map(GeneratedRun::json).toList());
    }

    @Test
    void the_coverage_set_and_near_misses_arrive_as_their_own_types() {
        SEEN.clear();

        ExampleRun run = ExampleRun.of(CoverageAndNearMisses.class);

        int coverage = RunGenerator.forSchema("comfydeploy-v2").coverageSet().size();
        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).hasSize(coverage + 12);
        assertThat(SEEN).filteredOn(s -> s.startsWith("miss ")).hasSize(12);
    }

    @Test
    void an_unknown_status_or_a_parameter_it_cannot_fill_is_a_one_line_configuration_error() {
        ExampleRun run = ExampleRun.of(WronglyConfigured.class);

        assertThat(run.containerFailures().get("unknown_status"))
                .isEqualTo("Configuration error: @GeneratedRuns on [" + WronglyConfigured.class.getName()
                        + ".unknown_status]: unknown status 'done' for runflow-v1; expected any or one of queued, "
                        + "dispatching, running, succeeded, partial_succeeded, failed, canceled, cancelled");
        assertThat(run.containerFailures().get("integer_parameter")).contains("the first parameter is a Integer");
        assertThat(run.containerFailures().get("unknown_schema")).contains("no generator for schema 'openai-v1'");
    }

    static class FiftySucceededRunflowRuns {
        @ParameterizedTest
        @GeneratedRuns(schema = "runflow-v1", status = "succeeded", count = 50, seed = 1)
        void conforms(String body) {
            assertThatRun(body).conformsTo("runflow-v1");
            SEEN.add(body);
        }
    }

    static class CoverageAndNearMisses {
        @ParameterizedTest
        @GeneratedRuns(schema = "comfydeploy-v2", coverage = true)
        void coverage(GeneratedRun run) {
            assertThatRun(run.json()).conformsTo("comfydeploy-v2");
        }

        @ParameterizedTest
        @GeneratedRuns(schema = "comfydeploy-v1", nearMisses = true, count = 12, seed = 3)
        void near_misses(NearMiss miss) {
            assertThat(miss.expected()).isNotEmpty();
            SEEN.add("miss " + miss.drift());
        }
    }

    static class WronglyConfigured {
        @ParameterizedTest
        @GeneratedRuns(schema = "runflow-v1", status = "done")
        void unknown_status(String body) {
        }

        @ParameterizedTest
        @GeneratedRuns(schema = "runflow-v1")
        void integer_parameter(Integer body) {
        }

        @ParameterizedTest
        @GeneratedRuns(schema = "openai-v1")
        void unknown_schema(String body) {
        }
    }
}
