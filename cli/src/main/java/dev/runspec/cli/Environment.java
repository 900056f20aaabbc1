package dev.runspec.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a run of the command sees of the world: its streams, its working directory, whether a
 * person is watching on a terminal, and a clock. {@link Runspec#main} takes the real ones; tests
 * pass their own.
 *
 * @param in standard input
 * @param out standard output: the report, nothing else
 * @param err standard error: usage errors, notes and progress
 * @param workingDirectory where relative paths start and what report paths are relative to
 * @param terminal true when a person is watching on a terminal (progress may be shown)
 * @param color true when the text report may be coloured (a terminal, and {@code NO_COLOR} unset)
 * @param nanoClock monotonic clock for progress timing, as {@link System#nanoTime()}
 * @param variables the environment variables, as {@link System#getenv(String)}: null when unset
 */
record Environment(
        InputStream in,
        PrintStream out,
        PrintStream err,
        Path workingDirectory,
        boolean terminal,
        boolean color,
        LongSupplier nanoClock,
        Function<String, String> variables) {

    Environment {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(nanoClock, "nanoClock");
        Objects.requireNonNull(variables, "variables");
    }

    /** An environment whose variables are the process's own. */
    Environment(InputStream in, PrintStream out, PrintStream err, Path workingDirectory, boolean terminal, boolean color,
            LongSupplier nanoClock) {
        this(in, out, err, workingDirectory, terminal, color, nanoClock, System::getenv);
    }

    /**
     * The process's environment around these streams. A terminal is assumed only when the streams
     * are the process's own and the JVM has an interactive console.
     */
    static Environment of(InputStream in, PrintStream out, PrintStream err) {
        boolean ownStreams = in == System.in && out == System.out && err == System.err;
        boolean terminal = ownStreams && Terminals.interactive();
        String noColor = System.getenv("NO_COLOR");
        boolean color = terminal && (noColor == null || noColor.isEmpty());
        return new Environment(in, out, err, Path.of(""), terminal, color, System::nanoTime);
    }
}
