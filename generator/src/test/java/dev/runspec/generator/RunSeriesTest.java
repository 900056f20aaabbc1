package dev.runspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's bodies step by step: each conforms, together they are a legal poll sequence, and the run keeps its id. */
class RunSeriesTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00.123456Z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "comfydeploy-v1, not-started queued started running uploading success",
            "comfydeploy-v1, not-started queued cancelled",
            "comfydeploy-v2, not-started queued started running success",
            "comfydeploy-v2, not-started queued started running failed",
            "comfydeploy-v2, not-started timeout",
            "comfydeploy-v1-ts, not-started queued started running success",
            "runflow-v1, queued dispatching running succeeded",
            "runflow-v1, queued dispatching running partial_succeeded",
            "runflow-v1, queued failed",
            "runflow-v1, queued running canceled"})
    void every_body_of_a_stepped_run_conforms_and_the_sequence_is_legal(String schemaId, String steps) {
        for (long seed = 1; seed <= 40; seed++) {
            RunSeries run = RunSeries.start(schemaId, seed, CREATED);
            SequenceChecker checker = SequenceChecker.create(RunValidator.create(), schemaId);
            List<Violation> found = new ArrayList<>();
            Instant queued = null;
            Instant started = null;
            Instant ended = null;
            Instant now = CREATED;
            int line = 0;
            for (String status : steps.split(" ")) {
                now = now.plusSeconds(7);
                if (queued == null && !status.equals("not-started") && !status.equals("timeout")) {
                    queued = now;
                }
                if (started == null && List.of("started", "running", "uploading", "success", "dispatching").contains(status)
                        && !status.equals("dispatching")) {
                    started = now;
                }
                if (started == null && status.equals("running")) {
                    started = now;
                }
                if (List.of("success", "failed", "timeout", "cancelled", "succeeded", "partial_succeeded", "canceled").contains(status)) {
                    ended = now;
                }
                if (schemaId.startsWith("runflow")) {
                    queued = null;
                }
                String body = run.body(status, new RunMoments(CREATED, queued, started, ended, now), Map.of());
                ValidationResult result = checker.accept(schemaId, ++line, body);
                found.addAll(result.violations());
                assertThat(body).contains(run.id());
            }
            assertThat(found).as(schemaId + " seed " + seed + " " + steps).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"comfydeploy-v2", "runflow-v1"})
    void the_same_seed_and_steps_give_the_same_bytes(String schemaId) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> bodies : List.of(first, second)) {
            RunSeries run = RunSeries.start(schemaId, 99, CREATED);
            String status = schemaId.startsWith("runflow") ? "queued" : "not-started";
            bodies.add(run.body(status, new RunMoments(CREATED, null, null, null, CREATED), Map.of()));
            bodies.add(run.body("running", new RunMoments(CREATED, null, CREATED.plusSeconds(3), null, CREATED.plusSeconds(3)),
                    Map.of()));
        }
        assertThat(first).containsExactlyElementsOf(second);
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
    }
}
