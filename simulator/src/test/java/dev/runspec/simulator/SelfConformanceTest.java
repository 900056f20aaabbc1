package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The proof of the issue: 10,000 bodies served over real HTTP, across every script of every API,
 * give no error at all, no warning but the ones each anomaly script names, and every run's bodies
 * pass the poll-sequence check.
 */
class SelfConformanceTest {

    private static final int BODIES = 10_000;
    private static final List<String> APIS = List.of("comfydeploy-v1", "comfydeploy-v2", "runflow-v1");

    @Test
    void ten_thousand_served_bodies_conform_and_each_run_gives_exactly_its_scripts_warnings() throws Exception {
        RunValidator validator = RunValidator.create();
        int perApi = BODIES / APIS.size() + 1;
        int served = 0;
        List<String> problems = new ArrayList<>();
        for (String api : APIS) {
            try (Simulator simulator = Simulator.start(SimulatorOptions.api(api).seed(2026))) {
                SequenceChecker checker = SequenceChecker.create(validator, api);
                Map<String, TreeSet<String>> warnings = new LinkedHashMap<>();
                Map<String, Integer> bodiesPerRun = new LinkedHashMap<>();
                int bodies = 0;
                long line = 0;
                while (bodies < perApi) {
                    // a wave of runs, one per script, each polled at every step until it ends
                    List<String> wave = new ArrayList<>();
                    for (int i = 0; i < simulator.scriptNames().size(); i++) {
                        wave.add(Http.create(simulator));
                    }
                    while (true) {
                        for (String id : wave) {
                            HttpResponse<String> response = Http.get(Http.runUri(simulator, id));
                            assertThat(response.statusCode()).isEqualTo(200);
                            ValidationResult result = checker.accept(api, ++line, response.body());
                            bodies++;
                            bodiesPerRun.merge(id, 1, Integer::sum);
                            TreeSet<String> seen = warnings.computeIfAbsent(id, k -> new TreeSet<>());
                            for (Violation v : result.violations()) {
                                if (v.severity() == Severity.ERROR && problems.size() < 20) {
                                    problems.add(api + " " + simulator.run(id).script().name() + ": " + v);
                                }
                                seen.add(v.rule().id());
                            }
                        }
                        Instant next = wave.stream().map(simulator::run).map(SimulatedRun::nextStepAt)
                                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
                        if (next == null) {
                            break;
                        }
                        simulator.clock().advance(Duration.between(simulator.clock().now(), next));
                    }
                }
                for (SimulatedRun run : simulator.runs()) {
                    TreeSet<String> expected = new TreeSet<>(run.script().expectedWarnings());
                    if (!warnings.get(run.id()).equals(expected) && problems.size() < 20) {
                        problems.add(api + " " + run.script().name() + " " + run.id() + ": warnings "
                                + warnings.get(run.id()) + ", expected " + expected);
                    }
                    assertThat(run.bodies()).as(run.script().name()).hasSize(run.script().steps().size());
                    assertThat(bodiesPerRun.get(run.id())).as(run.script().name()).isGreaterThanOrEqualTo(run.bodies().size());
                }
                served += bodies;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(served).isGreaterThanOrEqualTo(BODIES);
    }
}
