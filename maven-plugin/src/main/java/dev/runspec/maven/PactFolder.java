package dev.runspec.maven;

import dev.runspec.core.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The pact files ({@code *.json}, hidden ones left out, in path order) of a folder, split into
 * those written since a build started and those left by an earlier run.
 */
final class PactFolder {

    /** The files to check, and the older ones left out. */
    record Selection(List<Path> current, List<Path> older) {}

    private PactFolder() {}

    /** Every pact file under the folder, in path order. */
    static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(InputFiles::isSearchedDocument)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Splits the files at the build's start. The start is taken to the whole second before it, so
     * that a file system that keeps modification times in seconds still counts a file written in
     * the first second of the build as current.
     */
    static Selection since(List<Path> files, Instant buildStart) throws IOException {
        Instant cut = buildStart.truncatedTo(ChronoUnit.SECONDS);
        List<Path> current = new ArrayList<>();
        List<Path> older = new ArrayList<>();
        for (Path file : files) {
            (Files.getLastModifiedTime(file).toInstant().isBefore(cut) ? older : current).add(file);
        }
        return new Selection(List.copyOf(current), List.copyOf(older));
    }
}
