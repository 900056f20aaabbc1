package dev.runspec.integration;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Objects;

/**
 * Counts violations in Micrometer: the counter {@code runspec.violations}, tagged {@code schema}
 * (the schema checked against; for {@code auto} the one detected), {@code rule} and
 * {@code severity}, one increment per violation. In {@link CheckMode#REPORT} a check counts into
 * {@link Metrics#globalRegistry} on its own when Micrometer is on the class path (Spring Boot adds
 * its registry there by default); use {@link #countIn(MeterRegistry)} as a listener for another
 * registry. Needs {@code io.micrometer:micrometer-core}, an optional dependency of runspec.
 */
public final class MicrometerViolations implements VerdictListener {

    /** The counter's name. */
    public static final String METER = "runspec.violations";

    private final MeterRegistry registry;

    private MicrometerViolations(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A listener that counts every violation into {@code registry}. */
    public static MicrometerViolations countIn(MeterRegistry registry) {
        return new MicrometerViolations(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void onVerdict(RunVerdict verdict) {
        count(verdict.result());
    }

    /**
     * Counts every violation of {@code result}, tagged with its schema: for verdicts that come
     * from elsewhere than a {@link RunResponseCheck}, such as runspec-wiremock's served responses.
     */
    public void count(ValidationResult result) {
        for (Violation violation : result.violations()) {
            Counter.builder(METER)
                    .description("Violations runspec found in run responses")
                    .tag("schema", result.schemaId())
                    .tag("rule", violation.rule().id())
                    .tag("severity", violation.severity().id())
                    .register(registry)
                    .increment();
        }
    }
}
