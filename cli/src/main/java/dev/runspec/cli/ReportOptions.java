package dev.runspec.cli;

import dev.runspec.core.report.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --output}, shared by every command that writes a report. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format: text, json, junit (JUnit XML) or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (- is standard output);"
                    + " standard output then gets the summary line. Never one of the inputs.")
    String output;

    static final class FormatConverter extends ParsingConverter<ReportFormat> {
        @Override
        ReportFormat parse(String text) {
            return ReportFormat.fromId(text);
        }
    }
}
