package dev.runspec.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.RunValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of copies that whole-command timings run on: every copy still conforms, each run with its own id. */
class RecordingFolderTests {

    @TempDir
    Path temporary;

    @Test
    void copies_of_the_example_recordings_conform_and_each_has_a_fresh_id() throws Exception {
        Path folder = temporary.resolve("runs");

        RecordingFolder.write(Path.of("../examples/recordings"), folder, 40);

        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(40);
        RunValidator validator = RunValidator.create();
        // conforming: no error (timeout-on-read.json keeps its one documented lifecycle warning)
        assertThat(files).allSatisfy(file -> assertThat(validator.validate(RunValidator.AUTO, file).violations())
                .noneMatch(v -> v.severity() == dev.runspec.core.Severity.ERROR));
        List<String> withIds = files.stream().map(RecordingFolderTests::text)
                .filter(text -> text.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*")).toList();
        assertThat(withIds).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    @Test
    void refuses_to_write_into_a_folder_that_exists() {
        assertThatThrownBy(() -> RecordingFolder.write(Path.of("../examples/recordings"), temporary, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("exists; name a folder that does not, so that nothing is overwritten");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
