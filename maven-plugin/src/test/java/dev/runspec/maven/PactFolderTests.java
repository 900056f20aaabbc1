package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pact files of a folder count as written by the current build, over real files and times. */
class PactFolderTests {

    private static final Instant BUILD_START = Instant.parse("2026-12-04T20:00:00.700Z");

    @TempDir
    Path pacts;

    @Test
    void files_written_before_the_build_started_are_set_apart() throws Exception {
        Path old = pact("earlier/old.json", BUILD_START.minusSeconds(3600));
        Path fresh = pact("fresh.json", BUILD_START.plusSeconds(40));
        Path hidden = pact(".hidden.json", BUILD_START.plusSeconds(40));
        Path notes = pact("notes.txt", BUILD_START.plusSeconds(40));

        PactFolder.Selection selection = PactFolder.since(PactFolder.files(pacts), BUILD_START);

        assertThat(selection.current()).containsExactly(fresh).doesNotContain(hidden, notes);
        assertThat(selection.older()).containsExactly(old);
    }

    @Test
    void a_file_stamped_in_the_first_second_of_the_build_counts_as_current() throws Exception {
        // A file system that keeps whole seconds stamps a file written at 20:00:00.900 as 20:00:00.
        Path written = pact("written.json", Instant.parse("2026-12-04T20:00:00Z"));
        Path before = pact("before.json", Instant.parse("2026-12-04T19:59:59.999Z"));

        PactFolder.Selection selection = PactFolder.since(PactFolder.files(pacts), BUILD_START);

        assertThat(selection.current()).containsExactly(written);
        assertThat(selection.older()).containsExactly(before);
    }

    private Path pact(String name, Instant modified) throws Exception {
        Path file = pacts.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
