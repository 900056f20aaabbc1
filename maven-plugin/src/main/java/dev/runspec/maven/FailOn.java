package dev.runspec.maven;

import dev.runspec.core.Severity;
import dev.runspec.core.report.ValidationReport;
import java.util.Locale;

/** The least serious violation that fails the build, by the names users type: {@code error}, {@code warning}, {@code never}. */
enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isReachedBy(ValidationReport report) {
        return switch (this) {
            case ERROR -> report.hasViolationsAtLeast(Severity.ERROR);
            case WARNING -> report.hasViolationsAtLeast(Severity.WARNING);
            case NEVER -> false;
        };
    }

    /**
     * Reads the setting, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    static FailOn fromId(String id) {
        for (FailOn value : values()) {
            if (value.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown value '" + id + "'; expected error, warning or never");
    }
}
