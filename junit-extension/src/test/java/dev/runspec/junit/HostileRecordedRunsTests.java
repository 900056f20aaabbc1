package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.runspec.core.FolderSnapshot;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostilePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input battery through {@link RecordedRuns}, on the real Jupiter engine: a class-path
 * folder holding every {@link HostileDocument} beside a FIFO, a device, link loops and a file that
 * cannot be read. Each broken recording fails its own invocation, before the body runs, with its
 * violation on one line; the legal oddities reach the body; entries that are not files are left
 * alone; the engine itself never fails, and the folder is left as it was.
 */
class HostileRecordedRunsTests {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private static Path folder;
    private static ExampleRun asPaths;
    private static ExampleRun asText;

    @BeforeAll
    static void runTheExamplesOverAFolderOfHostileRecordings() {
        // Under this module's own test-classes root, so that the folder is on the class path and no
        // other build (another module, another checkout) shares it.
        folder = Recordings.folder().resolveSibling("hostile-runs");
        delete(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HostileDocument.writeAllTo(folder);
        HostilePath.createAllIn(folder);
        FolderSnapshot before = FolderSnapshot.of(folder);
        SEEN.clear();

        asPaths = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ExampleRun.of(HostileFixturesAsPaths.class));
        asText = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ExampleRun.of(HostileFixturesAsText.class));

        assertThat(FolderSnapshot.of(folder)).as("the folder is left as it was").isEqualTo(before);
    }

    @AfterAll
    static void removeTheHostileRecordings() {
        delete(folder);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void each_hostile_recording_fails_its_own_invocation_with_its_violation_on_one_line(HostileDocument document) {
        for (ExampleRun run : List.of(asPaths, asText)) {
            if (document.conforms()) {
                assertThat(run.passed()).as(document.name()).filteredOn(name -> name.endsWith("] " + document.fileName())).hasSize(1);
            } else {
                assertThat(run.failures()).as(document.name()).hasEntrySatisfying(invocation(run, document.fileName()),
                        message -> {
                            assertFailure(message, document.fileName(), document.reason(), document.rule().id());
                            document.limit().ifPresent(limit -> assertThat(message)
                                    .contains("; " + ConfiguredLimits.advice(limit) + " [limit-exceeded]"));
                        });
            }
        }
        assertThat(SEEN.contains(document.fileName())).as("the body saw " + document.fileName()).isEqualTo(document.conforms());
    }

    @Test
    void a_recording_that_cannot_be_read_fails_its_own_invocation() {
        HostilePath unreadable = HostilePath.UNREADABLE;
        for (ExampleRun run : List.of(asPaths, asText)) {
            assertThat(run.failures()).hasEntrySatisfying(invocation(run, unreadable.fileName()),
                    message -> assertFailure(message, unreadable.fileName(), unreadable.reason(), "unreadable"));
        }
    }

    @Test
    void entries_that_are_not_files_are_not_invocations_and_the_engine_never_fails() {
        List<String> files = Stream.concat(Stream.of(HostileDocument.values()).map(HostileDocument::fileName),
                Stream.of(HostilePath.UNREADABLE.fileName())).sorted().toList();
        for (ExampleRun run : List.of(asPaths, asText)) {
            assertThat(Stream.concat(run.passed().stream(), run.failures().keySet().stream())
                    .map(name -> name.substring(name.indexOf("] ") + 2)).sorted().toList()).isEqualTo(files);
            assertThat(run.containerFailures()).isEmpty();
        }
    }

    private static String invocation(ExampleRun run, String fileName) {
        return run.failures().keySet().stream().filter(name -> name.endsWith("] " + fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no failed invocation for " + fileName + "; failures: " + run.failures().keySet()));
    }

    /** Names the recording, and holds its violation as one {@code line:col: pointer: message [rule]} line; no stack trace. */
    static void assertFailure(String message, String fileName, String reason, String rule) {
        assertThat(message).contains("classpath:hostile-runs/" + fileName).doesNotContain("Exception", "\tat ");
        assertThat(message.lines()).filteredOn(line -> line.contains(reason)).singleElement().asString()
                .matches("\\s+(\\d+:\\d+|\\?): (\\(document\\)|/[\\w/]+): .* \\[" + rule + "\\]");
    }

    private static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static class HostileFixturesAsPaths {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:hostile-runs", schema = HostileDocument.SCHEMA)
        void parses(Path run) {
            SEEN.add(run.getFileName().toString());
        }
    }

    static class HostileFixturesAsText {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:hostile-runs", schema = HostileDocument.SCHEMA)
        void parses(String run) {
            assertThat(run).startsWith("{");
        }
    }
}
