package dev.runspec.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>The version of runspec on the class path, as reports and {@code --version} show it.
 */
public final class RunspecVersion {

    private static final String VERSION = read();

    private RunspecVersion() {
    }

    /** For example {@code 0.1.0}; {@code unknown} when the build did not record it. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = RunspecVersion.class.getResourceAsStream("/dev/runspec/core/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
