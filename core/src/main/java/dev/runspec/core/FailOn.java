package dev.runspec.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The least serious violation that fails a test, a build or a command, in the one vocabulary every
 * front end takes: {@code error} (the default everywhere), {@code warning}, {@code info}, or
 * {@code never} to report without failing.
 */
public enum FailOn {
    /** Fail on errors only. */
    ERROR(Severity.ERROR),
    /** Fail on warnings and errors. */
    WARNING(Severity.WARNING),
    /** Fail on any violation. */
    INFO(Severity.INFO),
    /** Never fail; violations are still reported. */
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The lower-case name users type: {@code error}, {@code warning}, {@code info}, {@code never}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The least severity that fails; empty for {@link #NEVER}. */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    /** True when a violation of this severity fails. */
    public boolean isReachedBy(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    /** True when the result holds a violation that fails. */
    public boolean isReachedBy(ValidationResult result) {
        return threshold != null && result.hasViolationsAtLeast(threshold);
    }

    /**
     * Reads the setting from its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
     */
    public static FailOn fromId(String id) {
        for (FailOn value : values()) {
            if (value.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown value '" + id + "'; expected error, warning, info or never");
    }
}
