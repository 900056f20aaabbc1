package dev.runspec.integration.internal;

import dev.runspec.core.ValidationResult;
import dev.runspec.integration.MicrometerViolations;
import io.micrometer.core.instrument.Metrics;
import java.util.function.Consumer;

/**
 * Not API. Counting into Micrometer's global registry, in a class of its own so that only it
 * names Micrometer's types: {@link DriftReport} loads it once Micrometer was found, and works
 * without it otherwise (the JVM would load Micrometer's classes to verify any class naming them).
 */
final class GlobalRegistryCount {

    private GlobalRegistryCount() {
    }

    static Consumer<ValidationResult> counter() {
        return MicrometerViolations.countIn(Metrics.globalRegistry)::count;
    }
}
