package dev.runspec.cli;

import java.nio.file.Path;

/**
 * One thing to check.
 *
 * @param name how reports name it: a path relative to the working directory with forward
 *     slashes, or {@code -} for standard input
 * @param path the file, or {@code null} for standard input
 * @param lines true for NDJSON: one response per line, each reported with its line number
 */
record Input(String name, Path path, boolean lines) {

    static final String STANDARD_INPUT = "-";

    static Input standardInput(boolean lines) {
        return new Input(STANDARD_INPUT, null, lines);
    }

    boolean isStandardInput() {
        return path == null;
    }
}
