package dev.runspec.benchmarks;

import com.atlassian.oai.validator.report.ValidationReport;
import com.networknt.schema.Error;
import dev.harrel.jsonschema.Validator;
import dev.runspec.core.ValidationResult;
import java.util.List;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.JsonNode;

/**
 * Steady-state validations per second, one response at a time: every contender on every document,
 * beside the two Jackson limits. Each benchmark method is named after its contender; the trial
 * setup builds only that contender and refuses to measure one that reaches the wrong verdict.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmarks {

    /** The document and the one contender a trial measures. */
    @State(Scope.Benchmark)
    public static class Subject {

        @Param({"COMFYDEPLOY_V2_SUCCESS", "RUNFLOW_V1_EVERY_EMBED", "COMFYDEPLOY_V2_DRIFTED"})
        public Document document;

        Body body;
        JacksonLimit jackson;
        Contender contender;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            body = document.body();
            jackson = new JacksonLimit();
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            for (Contenders kind : Contenders.values()) {
                if (kind.benchmark().equals(method)) {
                    contender = kind.create(document.schemaId());
                    if (contender.conforms(contender.validate(body)) != document.conforming()) {
                        throw new IllegalStateException(kind + " reaches the wrong verdict on " + document
                                + "; it would not be doing the same job as the others");
                    }
                }
            }
        }
    }

    @Benchmark
    public JsonNode jacksonTree(Subject subject) {
        return subject.jackson.tree(subject.body);
    }

    @Benchmark
    public long jacksonStreaming(Subject subject) {
        return subject.jackson.stream(subject.body);
    }

    @Benchmark
    public List<Error> networknt(Subject subject) {
        return ((RawNetworknt) subject.contender).validate(subject.body);
    }

    @Benchmark
    public ValidationResult runspec(Subject subject) {
        return ((RunspecCore) subject.contender).validate(subject.body);
    }

    @Benchmark
    public Boolean restAssured(Subject subject) {
        return ((RestAssuredModule) subject.contender).validate(subject.body);
    }

    @Benchmark
    public ValidationReport atlassian(Subject subject) {
        return ((AtlassianOpenApi) subject.contender).validate(subject.body);
    }

    @Benchmark
    public Validator.Result harrel(Subject subject) {
        return ((HarrelJsonSchema) subject.contender).validate(subject.body);
    }
}
