package dev.runspec.cli;

import dev.runspec.core.internal.RunspecVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: runspec's version and the Java it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "runspec " + RunspecVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
