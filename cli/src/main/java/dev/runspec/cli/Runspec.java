package dev.runspec.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The {@code runspec} command: checks recorded "get run" responses of ComfyUI deployment
 * platforms against the bundled schemas.
 *
 * <pre>{@code
 * int status = Runspec.run(new String[] {"validate", "runs/"}, System.in, System.out, System.err);
 * }</pre>
 *
 * Exit status 0 means every input conforms, 1 that one does not, 2 a usage error.
 */
public final class Runspec {

    private Runspec() {
    }

    /** Runs the command and exits the JVM with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command with these streams and returns its exit status instead of exiting. The
     * report goes to {@code out}; usage errors, notes and progress to {@code err}.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, Environment.of(in, out, err));
    }

    static int run(String[] args, Environment environment) {
        return CommandLines.create(environment).execute(args);
    }
}
