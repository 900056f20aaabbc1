package dev.runspec.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's worker threads per operation ({@code cpu.time.norm}, ns/op). Unlike
 * operations per second it does not grow when other processes take the cores, so on a shared
 * machine it is what the ratios between contenders are computed from. It leaves out the JIT
 * compiler and the garbage collector, which run on threads of their own; what a contender costs the
 * collector shows in its allocation per operation instead.
 */
public final class WorkerCpuProfiler implements InternalProfiler {

    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = workerCpu();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long spent = 0;
        for (Map.Entry<Long, Long> worker : workerCpu().entrySet()) {
            spent += worker.getValue() - before.getOrDefault(worker.getKey(), 0L);
        }
        long operations = result.getMetadata().getAllOps();
        if (operations <= 0 || spent <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", (double) spent / operations, "ns/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(WORKER)) {
                long nanos = threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    cpu.put(thread.getId(), nanos);
                }
            }
        }
        return cpu;
    }
}
