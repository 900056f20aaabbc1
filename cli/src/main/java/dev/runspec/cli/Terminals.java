package dev.runspec.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether a person is at a terminal, on every Java release from 17 on. */
final class Terminals {

    private Terminals() {
    }

    /**
     * True when the JVM has an interactive console. From Java 22 {@link System#console()} may
     * return a console for redirected streams too, so {@code Console.isTerminal()} is asked when
     * it exists.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
