package dev.runspec.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report compares contenders by CPU time and says plainly which targets are met. */
class ResultTableTests {

    private static Score score(String document, String contender, double opsPerSecond, double cpuMicros) {
        return new Score("ValidationBenchmarks", document, contender, opsPerSecond, 1, cpuMicros * 1000, 1000);
    }

    private static final List<Score> STEADY = List.of(
            score("COMFYDEPLOY_V2_SUCCESS", "jacksonTree", 100_000, 5),
            score("COMFYDEPLOY_V2_SUCCESS", "runspec", 30_000, 20),
            score("COMFYDEPLOY_V2_SUCCESS", "networknt", 40_000, 19),
            score("COMFYDEPLOY_V2_SUCCESS", "restAssured", 2_000, 500),
            score("COMFYDEPLOY_V2_DRIFTED", "runspec", 20_000, 40),
            score("COMFYDEPLOY_V2_DRIFTED", "networknt", 50_000, 15),
            score("COMFYDEPLOY_V2_DRIFTED", "restAssured", 10_000, 100));

    private static final Map<String, FirstVerdicts.Samples> COLD = Map.of("runspec",
            new FirstVerdicts.Samples(List.of(350.0, 390.0, 500.0), List.of(300.0, 310.0, 320.0), List.of(420.0, 430.0, 560.0)));

    @Test
    void ratios_are_taken_from_cpu_time_not_from_wall_clock() {
        String table = ResultTable.markdown(STEADY, Map.of());

        assertThat(table).contains("| networknt | 40,000 | 1 | 19.0 | 1.05× | 0.263× | 1,000 |");
        assertThat(table).contains("| jacksonTree | 100,000 | 1 | 5.0 | 4.00× | 1.00× | 1,000 |");
    }

    @Test
    void the_networknt_target_applies_to_conforming_documents_only_and_the_rest_assured_one_to_all() {
        String targets = ResultTable.targets(STEADY, COLD);

        assertThat(targets).contains("- met: COMFYDEPLOY_V2_SUCCESS: runspec at 0.950× raw networknt by CPU time, 0.750× by wall clock");
        assertThat(targets).doesNotContain("COMFYDEPLOY_V2_DRIFTED: runspec at 0.375× raw networknt");
        assertThat(targets).contains("- met: COMFYDEPLOY_V2_SUCCESS: runspec at 25× the REST Assured module");
        assertThat(targets).contains("- **missed**: COMFYDEPLOY_V2_DRIFTED: runspec at 2.50× the REST Assured module");
    }

    @Test
    void the_cold_target_is_judged_on_the_median_wall_time() {
        assertThat(ResultTable.targets(List.of(), COLD))
                .contains("- met: first verdict in a fresh JVM: runspec 390 ms wall, 310 ms CPU (median; under 400 ms)");
    }
}
