package dev.runspec.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one call of the code under test with a time bound, on a worker thread, and turns whatever
 * escapes it into a finding: an exception (a hostile input must be a verdict, never a throw) or a
 * call still running past the bound (a hang, or a quadratic path).
 */
final class Bounded {

    /** Far above any honest call on these inputs (milliseconds), far below a CI timeout. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    private static ExecutorService worker = newWorker();

    private Bounded() {
    }

    static <T> T call(String what, Callable<T> call) {
        Future<T> future = worker.submit(call);
        try {
            return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // The stuck thread is left behind (daemon); later calls get a fresh one.
            worker = newWorker();
            throw new AssertionError(what + " did not end within " + LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        }
    }

    static void run(String what, ThrowingRunnable run) {
        call(what, () -> {
            run.run();
            return null;
        });
    }

    /** A call that returns nothing and may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-bounded-call");
            thread.setDaemon(true);
            return thread;
        });
    }
}
