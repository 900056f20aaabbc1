package dev.runspec.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs the command end to end, as {@code main} does but with captured streams: either through the
 * public {@link Runspec#run(String[], InputStream, PrintStream, PrintStream)} from the module's
 * folder, or with a chosen working directory, standard input and terminal.
 */
final class Invocation {

    /** What a run left behind. */
    record Outcome(int status, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Path workingDirectory;
    private byte[] stdin = new byte[0];
    private boolean terminal;
    private boolean color;
    private LongSupplier clock = System::nanoTime;
    private final Map<String, String> variables = new HashMap<>();

    private Invocation() {
    }

    /** Through the public entry point, from the module folder (where Maven runs tests). */
    static Outcome runspec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Runspec.run(args, new ByteArrayInputStream(new byte[0]), print(out), print(err));
        return new Outcome(status, text(out), text(err));
    }

    static Invocation in(Path workingDirectory) {
        Invocation invocation = new Invocation();
        invocation.workingDirectory = workingDirectory;
        return invocation;
    }

    Invocation stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** With this environment variable set (and no other: the process's own are not seen). */
    Invocation variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** As if a person watched on a terminal: progress allowed, colour as given. */
    Invocation terminal(boolean color, LongSupplier clock) {
        this.terminal = true;
        this.color = color;
        this.clock = clock;
        return this;
    }

    Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment environment = new Environment(new ByteArrayInputStream(stdin), print(out), print(err),
                workingDirectory, terminal, color, clock, variables::get);
        int status = Runspec.run(args, environment);
        return new Outcome(status, text(out), text(err));
    }

    /** The repository's examples folder, seen from the module folder. */
    static Path examples() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
