package dev.runspec.cli;

import dev.runspec.core.report.ReportFormat;
import dev.runspec.core.report.ReportWriter;
import dev.runspec.core.report.TextReportWriter;
import dev.runspec.core.report.ValidationReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a report goes: standard output, or the file named by {@code --output}. A report file is
 * written beside its final place (missing folders are created) and moved there when complete, so
 * a reader never sees half a report; it is never one of the inputs.
 */
final class ReportDestination {

    private static final String STANDARD_OUTPUT = "-";

    private final ReportOptions options;
    private final Environment environment;
    private final PrintWriter summary;

    /** {@code summary} gets the summary line when the report goes to a file. */
    ReportDestination(ReportOptions options, Environment environment, PrintWriter summary) {
        this.options = options;
        this.environment = environment;
        this.summary = summary;
    }

    /**
     * Refuses, before anything is read, an output file that cannot be one.
     *
     * @throws UsageException when the output is a folder or one of the inputs
     */
    void check(List<Input> inputs) {
        Path output = output();
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new UsageException("--output " + shown() + " is a folder; name a file");
        }
        if (!Files.exists(output)) {
            return;
        }
        for (Input input : inputs) {
            if (!input.isStandardInput() && isSameFile(output, input.path())) {
                throw new UsageException("refusing to write the report to " + shown() + ": it is one of the inputs");
            }
        }
    }

    /**
     * Writes the report.
     *
     * @throws UsageException when the output file cannot be written
     */
    void write(ValidationReport report) throws IOException {
        ReportFormat format = options.format;
        Path output = output();
        if (output == null) {
            Writer out = new OutputStreamWriter(environment.out(), StandardCharsets.UTF_8);
            writerFor(format, environment.color()).write(report, out);
            out.flush();
            return;
        }
        Path absolute = output.toAbsolutePath();
        Path folder = absolute.getParent();
        Path partial;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + shown() + ": " + reason(e));
        }
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writerFor(format, false).write(report, out);
            }
            move(partial, absolute);
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + shown() + ": " + reason(e));
        } finally {
            Files.deleteIfExists(partial);
        }
        summary.println(report.summaryLine() + "; " + format.id() + " report written to " + shown());
        summary.flush();
    }

    private static ReportWriter writerFor(ReportFormat format, boolean color) {
        return format == ReportFormat.TEXT ? new TextReportWriter(color) : format.writer();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The report file, or {@code null} for standard output. */
    private Path output() {
        if (options.output == null || options.output.equals(STANDARD_OUTPUT)) {
            return null;
        }
        try {
            return environment.workingDirectory().resolve(options.output);
        } catch (InvalidPathException e) {
            throw new UsageException("--output '" + options.output + "' is not a valid path: " + e.getReason());
        }
    }

    private String shown() {
        return DisplayPaths.of(output(), environment.workingDirectory());
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way of its folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
