package dev.runspec.benchmarks;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.LifecycleCheck;
import dev.runspec.core.internal.LifecycleFinding;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the lifecycle rules cost on conforming runs: the same validator with and without them, side
 * by side in one run. {@code schemaAndLifecycle} is what every front end does by default;
 * {@code schemaOnly} is the validator before the rules existed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main LifecycleBenchmarks -f 1 -wi 2 -i 3 \
 *     -prof dev.runspec.benchmarks.WorkerCpuProfiler
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBenchmarks {

    /** The document, and both validators. */
    @State(Scope.Benchmark)
    public static class Subject {

        @Param({"COMFYDEPLOY_V2_SUCCESS", "RUNFLOW_V1_EVERY_EMBED"})
        public Document document;

        byte[] bytes;
        RunValidator withLifecycle;
        RunValidator schemaOnly;
        LifecycleCheck rules;
        JsonNode tree;

        @Setup(Level.Trial)
        public void setUp() {
            bytes = document.body().bytes();
            withLifecycle = RunValidator.create();
            schemaOnly = RunValidator.builder().lifecycleRules(false).build();
            rules = withLifecycle.catalogue().lifecycleCheck(document.schemaId());
            tree = withLifecycle.validate(document.schemaId(), bytes).document().orElseThrow();
            if (!withLifecycle.validate(document.schemaId(), bytes).violations().isEmpty()
                    || !schemaOnly.validate(document.schemaId(), bytes).violations().isEmpty()) {
                throw new IllegalStateException(document + " must conform to its schema and its lifecycle rules,"
                        + " or the two would not be doing the same job");
            }
        }
    }

    @Benchmark
    public ValidationResult schemaOnly(Subject subject) {
        return subject.schemaOnly.validate(subject.document.schemaId(), subject.bytes);
    }

    @Benchmark
    public ValidationResult schemaAndLifecycle(Subject subject) {
        return subject.withLifecycle.validate(subject.document.schemaId(), subject.bytes);
    }

    /** The rules alone, on the tree the schema check parsed: their share of a validation, less noisy than a difference. */
    @Benchmark
    public List<LifecycleFinding> lifecycleRulesAlone(Subject subject) {
        return subject.rules.check(subject.tree, Set.of(), rule -> true);
    }
}
