package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic-link loops in a fixture folder: linked folders are still followed, but each real folder
 * is entered once, so two links back to the top (which would make a plain scan exponential, a
 * build that never ends) cost nothing and no fixture is found twice.
 */
class FixtureScanLinkLoopTests {

    @TempDir
    Path project;

    @Test
    void two_links_back_to_the_fixture_folder_neither_hang_the_scan_nor_repeat_a_fixture() throws Exception {
        Recordings.write(project, "runs/a.json", "{}");
        Recordings.write(project, "runs/nested/b.json", "{}");
        assumeTrue(link(project.resolve("runs/nested/up"), Path.of("..")) && link(project.resolve("runs/nested/top"), Path.of("..")),
                "symbolic links are not supported here");

        List<Fixture> fixtures = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new FixtureScanner(new InputNames(project), note -> { }).scan(new FixtureSet("runflow-v1", project.resolve("runs").toFile())));

        assertThat(fixtures).extracting(Fixture::input).containsExactly("runs/a.json", "runs/nested/b.json");
    }

    @Test
    void a_linked_folder_outside_is_still_followed() throws Exception {
        Recordings.write(project, "elsewhere/c.json", "{}");
        Files.createDirectories(project.resolve("runs"));
        assumeTrue(link(project.resolve("runs/shared"), project.resolve("elsewhere")), "symbolic links are not supported here");

        List<Fixture> fixtures = new FixtureScanner(new InputNames(project), note -> { })
                .scan(new FixtureSet("runflow-v1", project.resolve("runs").toFile()));

        assertThat(fixtures).extracting(Fixture::input).containsExactly("runs/shared/c.json");
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
