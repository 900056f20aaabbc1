package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The extension, the fixture source and the shared validators under JUnit's parallel execution:
 * four example tests meet at a barrier, so they provably run at the same time, and each still gets
 * its own verdict.
 */
class ParallelExecutionTests {

    static final CyclicBarrier TOGETHER = new CyclicBarrier(4);
    static final Set<RunValidator> VALIDATORS = ConcurrentHashMap.newKeySet();
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "6");

    @Test
    void every_test_gets_its_own_verdict_when_tests_run_in_parallel() {
        TOGETHER.reset();
        VALIDATORS.clear();
        THREADS.clear();

        ExampleRun run = ExampleRun.of(PARALLEL, ComfyDeployPolling.class, RunflowPolling.class, Fixtures.class);

        assertThat(THREADS).hasSize(4);
        assertThat(run.passed()).containsExactlyInAnyOrder("conforming_v2", "conforming_runflow",
                "[2] not-started.json", "[3] running.json", "[4] success-with-outputs.json");
        assertThat(run.failures()).containsOnlyKeys("drifted_v2", "drifted_runflow", "[1] drifted.json");
        assertThat(run.failures().get("drifted_v2"))
                .contains("but 1 of 1 did not:%n  response 1, 2 errors and 1 warning:%n".formatted())
                .contains(Recordings.violationLine("comfydeploy-v2", "comfydeploy-v2/drifted.json", "/progress"));
        assertThat(run.failures().get("drifted_runflow"))
                .contains("but 1 of 1 did not:%n  response 1, 1 error and 1 warning:%n".formatted())
                .contains(Recordings.violationLine("runflow-v1", "runflow-v1/drifted.json", "/cost"));
    }

    @Test
    void parallel_tests_share_one_validator_over_the_bundled_catalogue() {
        TOGETHER.reset();
        VALIDATORS.clear();

        ExampleRun.of(PARALLEL, ComfyDeployPolling.class, RunflowPolling.class);

        assertThat(VALIDATORS).singleElement()
                .satisfies(validator -> assertThat(validator.catalogue()).isSameAs(SchemaCatalogue.bundled()));
    }

    static void recordTogether(RunResponseRecorder runs, String body) throws Exception {
        TOGETHER.await(30, TimeUnit.SECONDS);
        THREADS.add(Thread.currentThread().getName());
        VALIDATORS.add(runs.validator());
        runs.record(body);
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class ComfyDeployPolling {

        @Test
        void conforming_v2(RunResponseRecorder runs) throws Exception {
            recordTogether(runs, Recordings.text("comfydeploy-v2/running.json"));
        }

        @Test
        void drifted_v2(RunResponseRecorder runs) throws Exception {
            recordTogether(runs, Recordings.text("comfydeploy-v2/drifted.json"));
        }
    }

    @ValidateRunResponse(schema = "runflow-v1")
    static class RunflowPolling {

        @Test
        void conforming_runflow(RunResponseRecorder runs) throws Exception {
            recordTogether(runs, Recordings.text("runflow-v1/queued.json"));
        }

        @Test
        void drifted_runflow(RunResponseRecorder runs) throws Exception {
            recordTogether(runs, Recordings.text("runflow-v1/drifted.json"));
        }
    }

    static class Fixtures {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/comfydeploy-v2", schema = "comfydeploy-v2")
        void parses(String run) {
            assertThat(run).contains("\"status\"");
        }
    }
}
