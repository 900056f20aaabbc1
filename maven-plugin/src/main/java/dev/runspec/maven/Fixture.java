package dev.runspec.maven;

import dev.runspec.core.InputFiles;
import java.nio.file.Path;

/**
 * One file to check.
 *
 * @param file where it is
 * @param input how reports and the build log name it
 * @param schema the schema id it must follow, or {@code auto}
 */
record Fixture(Path file, String input, String schema) {

    /** True for NDJSON files ({@code .ndjson}, {@code .jsonl}), which hold one response per line. */
    boolean lineDelimited() {
        return InputFiles.isLineDelimited(file);
    }
}
