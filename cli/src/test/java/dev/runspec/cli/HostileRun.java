package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.FolderSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the command over a folder of hostile inputs as a user would, with raw bytes on standard
 * input, and checks what every hostile run must leave behind: no stack trace on either stream, no
 * change to the folder, and an answer within a bound (a hang fails the test instead of the build).
 */
final class HostileRun {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private HostileRun() {
    }

    static Outcome in(Path folder, String... args) {
        return in(folder, new byte[0], args);
    }

    static Outcome in(Path folder, byte[] stdin, String... args) {
        FolderSnapshot before = FolderSnapshot.of(folder);
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run(folder, stdin, args));
        assertThat(outcome.out() + outcome.err()).as("no stack trace").doesNotContain("Exception", "\tat ", "internal error");
        assertThat(FolderSnapshot.of(folder)).as("the folder is left as it was").isEqualTo(before);
        return outcome;
    }

    private static Outcome run(Path folder, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment environment = new Environment(new ByteArrayInputStream(stdin), print(out), print(err), folder, false, false,
                System::nanoTime);
        int status = Runspec.run(args, environment);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
