package dev.runspec.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs watched on a terminal: nothing during the first
 * second, then at most ten updates a second, rewritten in place and erased at the end, so that
 * neither a quick run nor piped output ever sees it.
 */
class Progress {

    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String ERASE_LINE = "\r\u001B[K";

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean shown;

    private Progress(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Progress for this environment: shown on its terminal, or not at all. */
    static Progress forEnvironment(Environment environment) {
        return environment.terminal() ? new Progress(environment.err(), environment.nanoClock()) : NONE;
    }

    /** Called after each response; cheap when nothing is shown. */
    void update(int filesDone, int filesTotal, long responses) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS || (shown && now - lastShown < INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print(ERASE_LINE + "runspec: " + String.format("%,d", filesDone) + " of " + String.format("%,d", filesTotal)
                + " files, " + String.format("%,d", responses) + (responses == 1 ? " response" : " responses") + " checked");
        err.flush();
    }

    /** Erases the progress line, if one was shown. */
    void finish() {
        if (shown) {
            err.print(ERASE_LINE);
            err.flush();
            shown = false;
        }
    }

    private static final Progress NONE = new Progress(null, () -> 0) {
        @Override
        void update(int filesDone, int filesTotal, long responses) {
        }

        @Override
        void finish() {
        }
    };
}
