package dev.runspec.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one command: runs every benchmark side by side (steady state under JMH with its GC profiler
 * and a CPU-time profiler, then the cold first verdict, one fresh JVM per sample) and prints the
 * README tables, also written to {@code benchmarks-results.md} with JMH's raw JSON beside it. For any other selection, run
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main} with JMH's own options.
 */
public final class RunBenchmarks {

    static final int COLD_ROUNDS = 10;

    private static final String USAGE = "usage: java -jar benchmarks/target/benchmarks.jar [--quick] [--out DIR]";

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        boolean quick = false;
        Path out = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> {
                    if (++i == args.length) {
                        fail("--out needs a directory");
                    }
                    out = Path.of(args[i]);
                }
                default -> fail("unknown option '" + args[i] + "'");
            }
        }
        Files.createDirectories(out);
        String loadBefore = loadAverage();
        List<Score> steady = Score.of(run(steady(quick, out.resolve("benchmarks-steady.json"))));
        Map<String, FirstVerdicts.Samples> cold = FirstVerdicts.run(quick ? 2 : COLD_ROUNDS);
        String table = ResultTable.markdown(steady, cold)
                + "Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAverage() + "\n";
        Files.writeString(out.resolve("benchmarks-results.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("written to " + out.resolve("benchmarks-results.md").toAbsolutePath().normalize());
    }

    private static ChainedOptionsBuilder steady(boolean quick, Path json) {
        return new OptionsBuilder()
                .include("\\." + ValidationBenchmarks.class.getSimpleName() + "\\.")
                .include("\\." + NdjsonThroughput.class.getSimpleName() + "\\.")
                .forks(1)
                .warmupIterations(quick ? 1 : 8)
                .warmupTime(TimeValue.milliseconds(quick ? 200 : 1000))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.milliseconds(quick ? 200 : 1000))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .addProfiler(WorkerCpuProfiler.class)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
    }

    /** The machine's load, which says how far wall-clock numbers are from an idle machine's. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static List<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return List.copyOf(new Runner(options.build()).run());
    }

    private static void fail(String problem) {
        System.err.println("runspec benchmarks: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
