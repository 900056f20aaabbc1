package dev.runspec.integration;

import java.lang.System.Logger;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A logger that keeps what it is given, as {@code LEVEL message}, for tests of what report mode
 * logs. Shared with the integration modules through this module's test-jar.
 */
public final class CapturingLogger implements Logger {

    /** Every record so far. */
    public final List<String> records = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
        return "capture";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        records.add(level + " " + message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        records.add(level + " " + format);
    }

    @Override
    public void log(Level level, Supplier<String> message) {
        records.add(level + " " + message.get());
    }

    @Override
    public void log(Level level, String message) {
        records.add(level + " " + message);
    }
}
