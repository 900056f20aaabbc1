package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ProgressTests {

    /** A clock that moves half a second each time it is read, so every run looks long. */
    private static LongSupplier slowClock() {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
    }

    @Test
    void a_long_run_on_a_terminal_shows_progress_on_standard_error_and_erases_it() {
        Outcome outcome = Invocation.in(Path.of("")).terminal(false, slowClock()).run("validate", "../examples/recordings");

        assertThat(outcome.err()).contains("runspec: ").contains(" of 14 files, ").contains(" responses checked");
        assertThat(outcome.err()).endsWith("\r\u001B[K");
        assertThat(outcome.outLines()).last().isEqualTo("17 inputs: 17 conform, 0 do not (0 errors, 1 warning)");
    }

    @Test
    void a_short_run_on_a_terminal_shows_no_progress() {
        AtomicLong frozen = new AtomicLong(42);
        Outcome outcome = Invocation.in(Path.of("")).terminal(false, frozen::get).run("validate", "../examples/recordings");

        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void piped_output_never_shows_progress_however_long_the_run() {
        Outcome outcome = Invocation.runspec("validate", "../examples/recordings");

        assertThat(outcome.err()).isEmpty();
    }
}
