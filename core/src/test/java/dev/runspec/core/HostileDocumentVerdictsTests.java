package dev.runspec.core;

import dev.runspec.core.internal.LimitMessages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The core's half of the hostile-input battery: every {@link HostileDocument} gets its verdict,
 * one located violation in one line (or none, for the odd but legal ones), whichever way the
 * document arrives, from any number of threads, and the file is left as it was. The front ends
 * run the same table through their own entry points.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileDocumentVerdictsTests {

    @TempDir
    static Path folder;

    private final RunValidator validator = RunValidator.create();

    @BeforeAll
    static void writeTheHostileDocuments() {
        HostileDocument.writeAllTo(folder);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void each_hostile_file_gets_its_verdict_in_one_located_line(HostileDocument document) {
        FolderSnapshot before = FolderSnapshot.of(folder);

        ValidationResult result = validator.validate(HostileDocument.SCHEMA, folder.resolve(document.fileName()));

        assertVerdict(document, result.violations());
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, mode = EnumSource.Mode.EXCLUDE, names = "HUNDRED_MEGABYTES")
    void bytes_streams_and_files_give_the_same_verdict(HostileDocument document) throws IOException {
        List<Violation> fromFile = validator.validate(HostileDocument.SCHEMA, folder.resolve(document.fileName())).violations();
        byte[] bytes = document.bytes();

        assertThat(validator.validate(HostileDocument.SCHEMA, bytes).violations()).isEqualTo(fromFile);
        try (InputStream in = Files.newInputStream(folder.resolve(document.fileName()))) {
            assertThat(validator.validate(HostileDocument.SCHEMA, in).violations()).isEqualTo(fromFile);
        }
    }

    @Test
    void the_hundred_megabyte_document_is_refused_with_the_limit_and_the_size_found() {
        Path file = folder.resolve(HostileDocument.HUNDRED_MEGABYTES.fileName());

        assertThat(validator.validate(HostileDocument.SCHEMA, file).violations()).extracting(Violation::message)
                .containsExactly(LimitMessages.documentTooLargeText(104858944, Limits.defaults()));
    }

    @Test
    void the_nesting_limit_points_at_the_bracket_one_level_too_deep() {
        Path file = folder.resolve(HostileDocument.DEEP_NESTING.fileName());

        // "metadata" opens its first array at column 15 of line 33; the 501st starts at column 515.
        assertThat(validator.validate(HostileDocument.SCHEMA, file).violations()).extracting(Violation::position)
                .containsExactly("33:515");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, names = {"DEEP_NESTING", "LONG_NUMBER", "HUNDRED_MEGABYTES"})
    void a_raised_limit_lets_the_document_through_to_the_schema(HostileDocument document) {
        Limits raised = Limits.defaults().withMaxNestingDepth(HostileDocument.DEPTH + 10).withMaxNumberLength(20_000)
                .withMaxDocumentBytes(200L * 1024 * 1024).withMaxStringLength(200 * 1024 * 1024);
        RunValidator generous = RunValidator.builder().limits(raised).build();

        ValidationResult result = generous.validate(HostileDocument.SCHEMA, folder.resolve(document.fileName()));

        assertThat(result.violations()).extracting(Violation::rule).doesNotContain(Rule.LIMIT_EXCEEDED);
        assertThat(result.document()).isPresent();
    }

    @Test
    void eight_threads_give_every_hostile_document_the_same_verdict_as_one_thread() throws Exception {
        List<Path> files = Arrays.stream(HostileDocument.values()).map(d -> folder.resolve(d.fileName())).toList();
        List<List<Violation>> alone = files.stream().map(f -> validator.validate(HostileDocument.SCHEMA, f).violations()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Violation>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<List<Violation>> seen = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        seen = files.stream().map(f -> validator.validate(HostileDocument.SCHEMA, f).violations()).toList();
                    }
                    return seen;
                }));
            }
            for (Future<List<List<Violation>>> future : futures) {
                assertThat(future.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_ndjson_file_with_one_bad_line_still_validates_the_others(@TempDir Path dir) {
        Path file = HostileLines.writeOneBadLine(dir);
        List<LineResult> lines = new ArrayList<>();

        validator.validateLines(HostileDocument.SCHEMA, file, lines::add);

        assertThat(lines).extracting(LineResult::lineNumber).containsExactly(1L, 2L, 3L, 5L, 6L);
        assertThat(lines).filteredOn(line -> !line.result().isValid()).singleElement().satisfies(line -> {
            assertThat(line.lineNumber()).isEqualTo(HostileLines.BAD_LINE);
            assertThat(line.result().violations()).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(Rule.MALFORMED_JSON);
                assertThat(v.line()).isEqualTo(HostileLines.BAD_LINE);
                assertThat(v.message()).contains("the text ends before the JSON value is complete");
            });
        });
    }

    /** One violation of the document's rule, located, in one short line naming the cause; none for a legal document. */
    static void assertVerdict(HostileDocument document, List<Violation> violations) {
        if (document.conforms()) {
            assertThat(violations).as(document.name()).isEmpty();
            return;
        }
        assertThat(violations).as(document.name()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(document.rule());
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.line()).as("line").isPositive();
            assertThat(v.column()).as("column").isPositive();
            assertThat(v.message()).contains(document.reason()).doesNotContain("\n", "\r", "Exception").hasSizeLessThan(300);
            assertThat(String.valueOf(v.actual())).hasSizeLessThan(100);
            assertThat(Limit.of(v)).as("limit").isEqualTo(document.limit());
        });
    }
}
