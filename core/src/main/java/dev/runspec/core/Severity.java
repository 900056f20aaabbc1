package dev.runspec.core;

import java.util.Locale;

/**
 * How much a violation matters. Front ends decide what fails a build or a test; the core only
 * labels each violation with the severity its {@link SeverityPolicy} gives the rule.
 */
public enum Severity {
    /** The response breaks the published contract. */
    ERROR,
    /** The response is readable but drifts from what the provider documents. */
    WARNING,
    /** Worth knowing; never a failure unless a policy says so. */
    INFO;

    /** The lower-case name used in reports and on command lines ({@code error}, {@code warning}, {@code info}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Reads a severity from its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
     */
    public static Severity fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "'; expected error, warning or info");
    }
}
