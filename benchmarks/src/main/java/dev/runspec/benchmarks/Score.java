package dev.runspec.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One measured line of a steady-state run, reduced to what the report needs.
 *
 * @param group the benchmark class, such as {@code ValidationBenchmarks}
 * @param document the document parameter, or the empty string
 * @param contender the benchmark method, which names the contender
 * @param opsPerSecond wall-clock throughput
 * @param error the 99.9% confidence half-width JMH gives for it (NaN with too few samples)
 * @param cpuNanos CPU time of the benchmark threads per operation ({@link WorkerCpuProfiler}), or NaN
 * @param allocatedBytes bytes allocated per operation ({@code gc.alloc.rate.norm}), or NaN
 */
record Score(String group, String document, String contender, double opsPerSecond, double error,
             double cpuNanos, double allocatedBytes) {

    static List<Score> of(Collection<RunResult> results) {
        return results.stream().map(Score::of).toList();
    }

    static Score of(RunResult result) {
        String[] name = result.getParams().getBenchmark().split("\\.");
        String document = result.getParams().getParamsKeys().contains("document")
                ? result.getParams().getParam("document") : "";
        Result<?> primary = result.getPrimaryResult();
        return new Score(name[name.length - 2], document, name[name.length - 1], primary.getScore(),
                primary.getScoreError(), secondary(result, "cpu.time.norm"), secondary(result, "gc.alloc.rate.norm"));
    }

    private static double secondary(RunResult result, String label) {
        Result<?> value = result.getSecondaryResults().get(label);
        return value == null ? Double.NaN : value.getScore();
    }

    /** Operations per CPU second: the throughput the ratios compare. */
    double opsPerCpuSecond() {
        return 1e9 / cpuNanos;
    }
}
