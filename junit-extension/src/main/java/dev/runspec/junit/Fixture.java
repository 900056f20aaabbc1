package dev.runspec.junit;

import java.nio.file.Path;

/**
 * One recorded response found by {@link RecordedRuns}.
 *
 * @param name what the invocation is called: the path below the folder or glob base, such as
 *     {@code drifted.json} or {@code v2/drifted.json}
 * @param location where it is, for messages: {@code classpath:runs/drifted.json} or a file path
 * @param path the file, possibly inside a jar's file system
 */
record Fixture(String name, String location, Path path) {
}
