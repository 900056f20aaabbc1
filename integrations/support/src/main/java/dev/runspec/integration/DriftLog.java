package dev.runspec.integration;

import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.integration.internal.FailureText;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Logs drift without flooding the log: each distinct (schema, pointer, rule) at most once per
 * interval, through {@link System.Logger} (which the JDK routes to java.util.logging, or to SLF4J
 * or Log4j when their bridge is on the class path). Errors log at {@code WARNING}, the rest at
 * {@code INFO}. Remembers a bounded number of keys.
 */
final class DriftLog {

    static final String LOGGER_NAME = "dev.runspec.integration";
    private static final int MAX_KEYS = 10_000;

    private final Logger logger;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    DriftLog(Logger logger, Duration interval, LongSupplier nanoClock) {
        this.logger = logger;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Logs the violations of this verdict that were not logged within the interval, if any. */
    void log(RunVerdict verdict) {
        long now = nanoClock.getAsLong();
        List<Violation> fresh = verdict.result().violations().stream()
                .filter(v -> firstWithinInterval(key(verdict, v), now))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        Level level = fresh.stream().anyMatch(v -> v.severity() == Severity.ERROR) ? Level.WARNING : Level.INFO;
        if (!logger.isLoggable(level)) {
            return;
        }
        logger.log(level, "runspec: " + verdict.exchange() + " does not conform to schema "
                + FailureText.schema(verdict.schema(), verdict.result()) + " (each schema, pointer and rule is logged once per "
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

    private static String key(RunVerdict verdict, Violation violation) {
        return verdict.result().schemaId() + '\u0000' + violation.pointer() + '\u0000' + violation.rule().id();
    }
}
