package dev.runspec.benchmarks;

import dev.runspec.core.RunValidator;
import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.RunGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generated runs per second, per schema id: generating one run of a rotating status (JSON text
 * included), beside generating it and validating it with the core, so that the ratio shows what
 * the generator adds to a test that checks what it gets. Run on its own:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main GeneratorBenchmarks}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class GeneratorBenchmarks {

    @Param({"comfydeploy-v1-ts", "comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    public String schema;

    private RunGenerator generator;
    private RunValidator validator;
    private long seed;
    private int status;

    @Setup
    public void setUp() {
        generator = RunGenerator.forSchema(schema);
        validator = RunValidator.create();
    }

    private GeneratedRun next() {
        status = (status + 1) % generator.statuses().size();
        return generator.run(generator.statuses().get(status), seed++);
    }

    /** One generated run, as JSON text. */
    @Benchmark
    public String generate() {
        return next().json();
    }

    /** One generated run, validated by the core (which must find nothing). */
    @Benchmark
    public int generateAndValidate() {
        GeneratedRun run = next();
        return validator.validate(schema, run.json()).violations().size();
    }
}
