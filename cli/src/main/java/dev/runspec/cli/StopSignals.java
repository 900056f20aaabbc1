package dev.runspec.cli;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop of a long-running command, so that it can
 * close what it opened and exit with status 0 rather than the JVM's 130 or 143. Uses the JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported) where there is one; elsewhere the JVM's default
 * handling stays and the command's shutdown hook still closes what it opened.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void onInterruptOrTerminate(Runnable stop) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // this platform does not let Java handle the signal: the shutdown hook covers it
            }
        }
    }
}
