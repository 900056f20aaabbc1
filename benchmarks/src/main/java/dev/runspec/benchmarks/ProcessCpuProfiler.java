package dev.runspec.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM per operation ({@code process.cpu.norm}, ns/op), for
 * benchmarks whose work spreads over threads the benchmark does not own: an HTTP call runs on the
 * client library's threads and the loopback server's as well as the worker's. Like
 * {@link WorkerCpuProfiler} it does not grow when other processes take the cores; unlike it, it
 * counts the JIT compiler and the garbage collector too. Use it as
 * {@code -prof dev.runspec.benchmarks.ProcessCpuProfiler}.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long spent = os.getProcessCpuTime() - before;
        long operations = result.getMetadata().getAllOps();
        if (operations <= 0 || spent <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("process.cpu.norm", (double) spent / operations, "ns/op", AggregationPolicy.AVG));
    }
}
