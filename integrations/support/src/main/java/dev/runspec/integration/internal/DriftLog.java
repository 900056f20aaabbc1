package dev.runspec.integration.internal;

import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Not API: shared by runspec's integration modules and may change in any release.
 *
 * <p>Logs drift without flooding the log: each distinct (schema, pointer, rule) at most once per
 * interval, through {@link System.Logger} (which the JDK routes to java.util.logging, or to SLF4J
 * or Log4j when their bridge is on the class path). Errors log at {@code WARNING}, the rest at
 * {@code INFO}. Remembers a bounded number of keys.
 */
public final class DriftLog {

    private static final int MAX_KEYS = 10_000;

    private final Logger logger;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    /** Logs to {@code logger}, each key at most once per {@code interval} of {@code nanoClock}. */
    public DriftLog(Logger logger, Duration interval, LongSupplier nanoClock) {
        this.logger = logger;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Logs the violations of {@code result} that were not logged within the interval, if any:
     * {@code runspec: <what> does not conform to schema "id" (...)} and one line per violation.
     */
    public void log(String what, String requestedSchema, ValidationResult result) {
        long now = nanoClock.getAsLong();
        List<Violation> fresh = result.violations().stream()
                .filter(v -> firstWithinInterval(key(result, v), now))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        Level level = fresh.stream().anyMatch(v -> v.severity() == Severity.ERROR) ? Level.WARNING : Level.INFO;
        if (!logger.isLoggable(level)) {
            return;
        }
        logger.log(level, "runspec: " + what + " does not conform to schema "
                + FailureText.schema(requestedSchema, result) + " (each schema, pointer and rule is logged once per "
                + Duration.ofNanos(intervalNanos) + "):" + System.lineSeparator() + FailureText.lines(fresh, "  "));
    }

    private boolean firstWithinInterval(String key, long now) {
        if (lastLogged.size() >= MAX_KEYS) {
            lastLogged.values().removeIf(at -> now - at >= intervalNanos);
            if (lastLogged.size() >= MAX_KEYS) {
                lastLogged.clear();
            }
        }
        boolean[] first = {false};
        lastLogged.compute(key, (k, at) -> {
            if (at == null || now - at >= intervalNanos) {
                first[0] = true;
                return now;
            }
            return at;
        });
        return first[0];
    }

    private static String key(ValidationResult result, Violation violation) {
        return result.schemaId() + '\u0000' + violation.pointer() + '\u0000' + violation.rule().id();
    }
}
