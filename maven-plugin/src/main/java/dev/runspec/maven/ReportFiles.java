package dev.runspec.maven;

import dev.runspec.core.report.ReportFormat;
import dev.runspec.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes a report in each requested format under the report directory, named by {@link ReportFormat#fileName()}. */
final class ReportFiles {

    private ReportFiles() {
    }

    static List<Path> write(ValidationReport report, Collection<ReportFormat> formats, Path directory)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot create the report directory " + directory + ": " + e.getMessage());
        }
        for (ReportFormat format : formats) {
            Path file = directory.resolve(format.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.writer().write(report, out);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the " + format.id() + " report " + file + ": " + e.getMessage());
            }
            written.add(file);
        }
        return written;
    }
}
