package dev.runspec.maven;

import dev.runspec.core.InputFiles;
import java.nio.file.Path;

/**
 * One file to check.
 *
 * @param file where it is
 * @param input how reports and the build log name it
 * @param schema the schema id it must follow, or {@code auto}
 * @param sequence true when an NDJSON file is a poll log, whose runs are also checked from one
 *     response to the next ({@code <sequence>true</sequence>} on the fixture set)
 */
record Fixture(Path file, String input, String schema, boolean sequence) {

    /** A fixture checked response by response only. */
    Fixture(Path file, String input, String schema) {
        this(file, input, schema, false);
    }

    /** True for NDJSON files ({@code .ndjson}, {@code .jsonl}), which hold one response per line. */
    boolean lineDelimited() {
        return InputFiles.isLineDelimited(file);
    }
}
