package dev.runspec.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NDJSON files of runs for the hostile-input battery: one with a single bad line among good ones,
 * and a 100 MB one, generated on demand (never committed) for streaming in a small heap.
 */
public final class HostileLines {

    /** The file name of {@link #writeOneBadLine(Path)}. */
    public static final String ONE_BAD_LINE = "one-bad-line.ndjson";

    /** The only line of {@link #ONE_BAD_LINE} that is not a conforming run: a truncated one. */
    public static final int BAD_LINE = 3;

    /** The number of responses in {@link #ONE_BAD_LINE}, the bad one included; its blank line is skipped. */
    public static final int RUNS = 5;

    /** What {@link #writeHundredMegabytes(Path)} wrote: the file, its runs, and how many of them do not conform. */
    public record Written(Path file, long runs, long drifted) {
    }

    private HostileLines() {
    }

    /** A compact conforming run, one line. */
    public static String conformingLine() {
        return HostileDocument.conformingRun().replaceAll("\\s*\\n\\s*", "");
    }

    /** Writes {@link #ONE_BAD_LINE}: good, good, truncated, blank, good, good. */
    public static Path writeOneBadLine(Path folder) {
        String good = conformingLine();
        String text = good + "\n" + good + "\n" + good.substring(0, good.length() / 2) + "\n\n" + good + "\n" + good + "\n";
        try {
            return Files.writeString(folder.resolve(ONE_BAD_LINE), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code runs.ndjson} of at least 100 MiB: conforming runs with every thousandth one drifted. */
    public static Written writeHundredMegabytes(Path folder) {
        String good = conformingLine();
        String drifted = good.replace("\"queued\"", "\"done\"");
        Path file = folder.resolve("runs.ndjson");
        long runs = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            while (bytes < 100L * 1024 * 1024) {
                String line = runs % 1000 == 999 ? drifted : good;
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
                runs++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(file, runs, runs / 1000);
    }
}
