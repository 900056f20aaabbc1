package dev.runspec.benchmarks;

import dev.runspec.core.RunValidator;
import dev.runspec.core.RunflowSignature;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.SignatureVerdict;
import dev.runspec.core.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a Runflow callback's signature check adds to its schema check, side by side on one
 * 358-byte callback (core's {@code conforming/runflow-callback/completed.json}): the schema check
 * alone, the signature alone, and both as {@code runspec validate --signature} does them. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main CallbackSignatureBenchmarks}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallbackSignatureBenchmarks {

    /** The callback, its signature and the validator, made once per trial. */
    @State(Scope.Benchmark)
    public static class Callback {

        static final String BODY = "{\"event\": \"run.completed\", \"run_id\": \"0196a1f2-7c3e-7a41-9b2d-5e8f0c1d2a3b\","
                + " \"status\": \"succeeded\", \"output\": {\"outputs\": [{\"url\": \"https://cdn.example.com/outputs/0196a1f2/result.webp\","
                + " \"type\": \"image\"}]}, \"duration_ms\": 102345, \"created_at\": \"2026-05-06T10:00:00+00:00\","
                + " \"completed_at\": \"2026-05-06T10:01:42.345000+00:00\", \"metadata\": {\"order\": \"A-1042\"}}\n";

        byte[] body;
        byte[] secret;
        String signature;
        RunValidator validator;

        @Setup(Level.Trial)
        public void setUp() {
            body = BODY.getBytes(StandardCharsets.UTF_8);
            secret = "whsec_runspec_test_secret".getBytes(StandardCharsets.UTF_8);
            signature = RunflowSignature.sign(body, secret);
            validator = RunValidator.create();
            if (!both(this).isValid()) {
                throw new IllegalStateException("the benchmark callback does not conform; it would measure the wrong work");
            }
        }
    }

    @Benchmark
    public ValidationResult schemaOnly(Callback callback) {
        return callback.validator.validate("runflow-callback", callback.body);
    }

    @Benchmark
    public SignatureVerdict signatureOnly(Callback callback) {
        return RunflowSignature.verify(callback.body, callback.signature, callback.secret);
    }

    @Benchmark
    public ValidationResult schemaAndSignature(Callback callback) {
        return both(callback);
    }

    static ValidationResult both(Callback callback) {
        return callback.validator.validate("runflow-callback", callback.body).withViolations(
                RunflowSignature.verify(callback.body, callback.signature, callback.secret).violation(SeverityPolicy.defaults())
                        .stream().toList());
    }
}
