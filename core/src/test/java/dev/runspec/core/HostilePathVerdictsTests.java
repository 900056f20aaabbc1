package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paths that are not readable files, named as a document or as an NDJSON file: each is refused in
 * one line without being opened, so a FIFO or a device never makes runspec wait. (The timeout runs
 * the test on its own thread, so a read that blocks would fail the test rather than hang the build.)
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class HostilePathVerdictsTests {

    @TempDir
    Path folder;

    private final RunValidator validator = RunValidator.create();

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostilePath.class, mode = EnumSource.Mode.EXCLUDE, names = "FOLDER_LOOP")
    void a_path_that_is_not_a_readable_file_is_refused_in_one_line(HostilePath hostile) {
        Path path = created(hostile);

        assertThat(validator.validate(HostileDocument.SCHEMA, path).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(hostile.rule());
            assertThat(v.message()).contains(hostile.reason()).doesNotContain("\n", "Exception");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostilePath.class, mode = EnumSource.Mode.EXCLUDE, names = "FOLDER_LOOP")
    void the_same_path_named_as_an_ndjson_file_is_refused_the_same_way(HostilePath hostile) {
        Path path = created(hostile);
        List<LineResult> lines = new ArrayList<>();

        validator.validateLines(HostileDocument.SCHEMA, path, lines::add);

        assertThat(lines).singleElement().satisfies(line -> assertThat(line.result().violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(hostile.rule());
            assertThat(v.message()).contains(hostile.reason()).doesNotContain("\n", "Exception");
        }));
    }

    private Path created(HostilePath hostile) {
        Optional<Path> path = hostile.create(folder);
        assumeThat(path).as("%s can be made here", hostile).isPresent();
        return path.get();
    }
}
