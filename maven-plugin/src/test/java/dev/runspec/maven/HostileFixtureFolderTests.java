package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runspec.core.FolderSnapshot;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostilePath;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Rule;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixture folder holding every hostile path beside a good fixture, scanned and verified as the
 * goal does: the entries a scan passes over are each noted with the reason, a file that cannot be
 * read is one verdict among the others, and nothing hangs or changes.
 */
class HostileFixtureFolderTests {

    @TempDir
    Path project;

    @Test
    void every_entry_passed_over_is_noted_and_an_unreadable_file_is_a_verdict_among_the_others() throws Exception {
        Path runs = Files.createDirectories(project.resolve("runs"));
        Files.writeString(runs.resolve("queued.json"), HostileDocument.conformingRun());
        HostilePath.createAllIn(runs);
        assumeTrue(Files.exists(runs.resolve(HostilePath.FIFO.fileName()), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "no mkfifo here");
        String before = FolderSnapshot.of(runs).toString();
        List<String> notes = new ArrayList<>();

        List<CheckedFixture> checked = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            List<Fixture> fixtures = new FixtureScanner(new InputNames(project), notes::add)
                    .scan(new FixtureSet("runflow-v1", runs.toFile()));
            return new FixtureVerifier(RunValidator.create(), 1).verify(fixtures, VerdictCache.empty());
        });

        assertThat(notes).containsExactlyInAnyOrder(
                "skipped runs/device.json: it is not a regular file (a FIFO, socket or device)",
                "skipped runs/fifo.json: it is not a regular file (a FIFO, socket or device)",
                "skipped runs/loop.json: it is a symbolic link to nothing (a loop or a missing target)",
                "skipped runs/looped/back: it leads to a folder already searched (a symbolic link loop?)");
        List<InputResult> results = checked.stream().flatMap(c -> c.results().stream()).toList();
        assertThat(results).extracting(InputResult::input).containsExactly("runs/queued.json", "runs/unreadable.json");
        assertThat(results.get(0).result().isValid()).isTrue();
        assertThat(results.get(1).result().violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.UNREADABLE);
            assertThat(v.message()).contains(HostilePath.UNREADABLE.reason()).doesNotContain("Exception");
        });
        assertThat(FolderSnapshot.of(runs).toString()).isEqualTo(before);
    }
}
