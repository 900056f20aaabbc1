package dev.runspec.core.report;

import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per violation, {@code path:line:col: /pointer: message [rule]} (non-errors add their
 * severity: {@code [unknown-property, warning]}), then the summary line. Colour, when asked for,
 * only marks the severity; the text reads the same without it.
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean color;

    /** A writer that colours severities when {@code color} is true (meant for terminals only). */
    public TextReportWriter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        for (InputResult input : report.results()) {
            for (Violation violation : input.result().violations()) {
                out.write(line(input, violation));
                out.write('\n');
            }
        }
        out.write(color ? BOLD + report.summaryLine() + RESET : report.summaryLine());
        out.write('\n');
        out.flush();
    }

    /** The line for one violation, as build logs print it. */
    public String line(InputResult input, Violation violation) {
        StringBuilder line = new StringBuilder(input.input());
        if (violation.line() > 0) {
            line.append(':').append(violation.line()).append(':').append(violation.column());
        } else if (input.line() > 0) {
            line.append(':').append(input.line());
        }
        line.append(": ").append(violation.pointer().isEmpty() ? "(document)" : violation.pointer())
                .append(": ").append(violation.message()).append(" [");
        String tag = violation.rule().id() + (violation.severity() == Severity.ERROR ? "" : ", " + violation.severity().id());
        if (color) {
            line.append(violation.severity() == Severity.ERROR ? RED : YELLOW).append(tag).append(RESET);
        } else {
            line.append(tag);
        }
        return line.append(']').toString();
    }
}
