package dev.runspec.core.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link ValidationReport} in one format. Writers are stateless and thread-safe. */
public interface ReportWriter {

    /** Writes the whole report; does not close {@code out}. */
    void write(ValidationReport report, Writer out) throws IOException;
}
