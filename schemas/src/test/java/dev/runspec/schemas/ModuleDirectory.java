package dev.runspec.schemas;

import java.nio.file.Path;

/** The schemas module directory: Surefire's {@code basedir}, or the working directory when run from an IDE. */
final class ModuleDirectory {

    private ModuleDirectory() {
    }

    static Path path() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    }
}
