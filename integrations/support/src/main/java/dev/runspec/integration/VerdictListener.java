package dev.runspec.integration;

/**
 * Receives the verdict on every checked response, conforming or not, on the thread that made the
 * call. Keep it quick: it runs inside the call. An exception it throws is logged, never passed to
 * the call.
 */
@FunctionalInterface
public interface VerdictListener {

    /** One response was checked. */
    void onVerdict(RunVerdict verdict);
}
