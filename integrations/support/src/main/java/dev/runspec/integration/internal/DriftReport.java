package dev.runspec.integration.internal;

import dev.runspec.core.ValidationResult;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Not API: shared by runspec's integration modules and may change in any release.
 *
 * <p>What report mode does with every verdict, whichever integration made it: counts its
 * violations in Micrometer's global registry ({@code runspec.violations}, see
 * {@link dev.runspec.integration.MicrometerViolations}) when Micrometer is on the class path and
 * counting is on, and logs each distinct (schema, pointer, rule) once per interval
 * ({@link DriftLog}). Never throws: a failure while counting is logged. Safe to share between
 * threads.
 */
public final class DriftReport {

    private static final boolean MICROMETER_PRESENT = classPresent("io.micrometer.core.instrument.Metrics");

    private final Logger logger;
    private final DriftLog log;
    private final Consumer<ValidationResult> counter;

    /**
     * Reports to {@code logger}, each (schema, pointer, rule) at most once per {@code interval} of
     * {@code nanoClock}, and counts in the global registry when {@code countInGlobalRegistry} and
     * Micrometer is there.
     */
    public DriftReport(Logger logger, Duration interval, LongSupplier nanoClock, boolean countInGlobalRegistry) {
        this.logger = logger;
        this.log = new DriftLog(logger, interval, nanoClock);
        this.counter = countInGlobalRegistry && MICROMETER_PRESENT ? GlobalRegistryCount.counter() : null;
    }

    /** Counts and logs the violations of {@code result}, the verdict on {@code what} (as messages name it). */
    public void report(String what, String requestedSchema, ValidationResult result) {
        if (result.violations().isEmpty()) {
            return;
        }
        if (counter != null) {
            try {
                counter.accept(result);
            } catch (RuntimeException | LinkageError e) {
                logger.log(Level.WARNING, "runspec: counting the violations of " + what + " in Micrometer failed; the call goes on", e);
            }
        }
        log.log(what, requestedSchema, result);
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, DriftReport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
