package dev.runspec.junit;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.List;

/**
 * The fixtures one {@link RecordedRuns} found, and the jar file systems opened to read them;
 * closing the set closes those, so a {@code Path} handed to a test stays readable until the
 * parameterized test is over.
 */
record FixtureSet(List<Fixture> fixtures, List<FileSystem> opened) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        for (FileSystem fileSystem : opened) {
            fileSystem.close();
        }
    }
}
