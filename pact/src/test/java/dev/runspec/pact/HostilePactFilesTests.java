package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.runspec.core.FolderSnapshot;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostilePath;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input battery through the pact-file checker. Each {@link HostileDocument} is applied
 * to a conforming pact whose one interaction fetches a Runflow run: a pact cut off in its body, an
 * HTML page saved as the pact, a 1 MB cost inside the body, a 100 MB pact. Every one gets one
 * verdict in one line, with no exception, no hang and no change to the file: the verdict the core
 * gives the same document, since the checker reads a pact file as the core reads any document, or,
 * for JSON that is no pact, that it is not one.
 */
class HostilePactFilesTests {

    /** A V3 pact whose only interaction fetches the conforming run; the run sits in it verbatim, as its body. */
    static final String RUN_PACT = """
            {
              "consumer": {"name": "run-poller"},
              "provider": {"name": "runflow"},
              "interactions": [
                {
                  "description": "a queued run",
                  "request": {"method": "GET", "path": "/v1/runs/0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e"},
                  "response": {
                    "status": 200,
                    "headers": {"Content-Type": "application/json"},
                    "body": %s
                  }
                }
              ],
              "metadata": {"pactSpecification": {"version": "3.0.0"}}
            }
            """;

    @TempDir
    static Path folder;

    private final PactChecker checker = PactChecker.create();

    @BeforeAll
    static void writeTheHostilePacts() {
        String pact = RUN_PACT.formatted(HostileDocument.conformingRun());
        for (HostileDocument document : HostileDocument.values()) {
            document.writeEmbedded(pact, folder.resolve(document.fileName()));
        }
    }

    @Test
    void the_pact_the_hostile_ones_vary_conforms(@TempDir Path dir) throws Exception {
        Path pact = Files.writeString(dir.resolve("run-poller.json"), RUN_PACT.formatted(HostileDocument.conformingRun()));

        assertThat(checker.check(pact, "run-poller.json")).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("run-poller.json#a queued run");
            assertThat(result.result().violations()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void each_hostile_pact_file_gets_one_verdict_in_one_line_and_is_left_as_it_was(HostileDocument document) {
        List<Violation> violations = check(document);

        assertThat(violations).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(v -> assertThat(v.message()).doesNotContain("\n", "\r", "Exception").hasSizeLessThan(300));
        Optional<Verdict> expected = expected(document);
        if (expected.isEmpty()) {
            assertThat(violations).isEmpty();
            return;
        }
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(expected.get().rule());
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message()).contains(expected.get().phrase());
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, names = {"TRUNCATED", "TRAILING_GARBAGE", "SINGLE_QUOTES", "COMMENTS", "NAN",
        "CONTROL_CHARACTER", "HTML_ERROR_PAGE", "MEGABYTE_COST"})
    void a_broken_pact_file_is_located_by_line_and_column(HostileDocument document) {
        assertThat(check(document)).singleElement().satisfies(v -> {
            assertThat(v.line()).isPositive();
            assertThat(v.column()).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostilePath.class)
    void a_pact_path_that_is_not_a_readable_file_is_refused_in_one_line(HostilePath hostile, @TempDir Path dir) {
        Optional<Path> path = hostile.create(dir);
        assumeThat(path).as("%s can be made here", hostile).isPresent();

        List<InputResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> checker.check(path.get(), hostile.fileName()));

        assertThat(results).singleElement().satisfies(result -> assertThat(result.result().violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.UNREADABLE);
                    assertThat(v.message()).doesNotContain("\n", "Exception");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an HTML error page | application/json | "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>" | malformed-json | not JSON
            a list of runs     | application/json | [{"id": "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e"}]                     | type           | the document is an array; expected an object
            a number           | application/json | 42                                                                    | type           | the document is an integer (42); expected an object
            """)
    void a_response_body_that_is_not_a_run_fails_its_interaction_at_the_body(String kind, String contentType, String body,
            String rule, String phrase, @TempDir Path dir) throws Exception {
        Path pact = Files.writeString(dir.resolve("pact.json"), RUN_PACT.formatted(body).replace("application/json", contentType));

        assertThat(checker.check(pact, "pact.json")).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("pact.json#a queued run");
            assertThat(result.result().violations()).singleElement().satisfies(v -> {
                assertThat(v.rule().id()).isEqualTo(rule);
                assertThat(v.message()).contains(phrase).doesNotContain("\n");
                assertThat(v.position()).isEqualTo("11:17");
            });
        });
    }

    private List<Violation> check(HostileDocument document) {
        Path file = folder.resolve(document.fileName());
        FolderSnapshot before = FolderSnapshot.of(folder);
        List<InputResult> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checker.check(file, document.fileName()));
        assertThat(FolderSnapshot.of(folder)).as("the pact files are left as they were").isEqualTo(before);
        assertThat(results).as(document.name()).singleElement()
                .satisfies(result -> assertThat(result.input()).startsWith(document.fileName()));
        return results.get(0).result().violations();
    }

    /** The verdict the checker gives a hostile pact: the core's for the same document, or that JSON other than an object is no pact. */
    private static Optional<Verdict> expected(HostileDocument document) {
        return switch (document) {
            case TOP_LEVEL_ARRAY, TOP_LEVEL_STRING, TOP_LEVEL_NULL ->
                    Optional.of(new Verdict(Rule.UNREADABLE, "not a pact file"));
            default -> document.conforms() ? Optional.empty() : Optional.of(new Verdict(document.rule(), document.reason()));
        };
    }

    private record Verdict(Rule rule, String phrase) {
    }
}
