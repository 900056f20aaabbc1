package dev.runspec.junit;

import java.nio.file.Path;

/**
 * One recorded response found by {@link RecordedRuns}: a whole file, or one line of an NDJSON file.
 *
 * @param name what the invocation is called: the path below the folder or glob base, such as
 *     {@code drifted.json} or {@code v2/drifted.json}, and for a line {@code polls.ndjson:3}
 * @param location where it is, for messages: {@code classpath:runs/drifted.json} or a file path,
 *     with {@code :LINE} for a line
 * @param path the file, possibly inside a jar's file system
 * @param lineText the line's text for one line of an NDJSON file, {@code null} for a whole file
 */
record Fixture(String name, String location, Path path, String lineText) {

    /** A whole file. */
    Fixture(String name, String location, Path path) {
        this(name, location, path, null);
    }

    /** Line {@code line} of this NDJSON file, holding {@code text}. */
    Fixture line(long line, String text) {
        return new Fixture(name + ":" + line, location + ":" + line, path, text);
    }

    /** True for one line of an NDJSON file. */
    boolean isLine() {
        return lineText != null;
    }
}
