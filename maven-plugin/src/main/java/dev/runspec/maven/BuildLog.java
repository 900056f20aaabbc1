package dev.runspec.maven;

import dev.runspec.core.Violation;
import dev.runspec.core.internal.ViolationText;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows a report in the build log: each violation as {@code path:line:col: /pointer: message [rule]}
 * (the form IDEs link), errors at ERROR level, warnings at WARN, the rest at INFO; then the summary.
 */
final class BuildLog {

    private BuildLog() {
    }

    static void show(ValidationReport report, Log log) {
        for (InputResult input : report.results()) {
            for (Violation violation : input.result().violations()) {
                String line = ViolationText.of(input.input(), input.line(), violation, false);
                switch (violation.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        log.info("runspec: " + report.summaryLine());
    }
}
