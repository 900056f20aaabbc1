package dev.runspec.core.report;

import dev.runspec.core.Violation;
import dev.runspec.core.internal.ViolationText;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per violation, {@code path:line:col: /pointer: message [rule]} (non-errors add their
 * severity: {@code [unknown-property, warning]}), then the summary line. Colour, when asked for,
 * only marks the severity; the text reads the same without it.
 */
public final class TextReportWriter implements ReportWriter {

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
    String line(InputResult input, Violation violation) {
        return ViolationText.of(input.input(), input.line(), violation, color);
    }
}
