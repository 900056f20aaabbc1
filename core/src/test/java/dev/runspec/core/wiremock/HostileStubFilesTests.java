package dev.runspec.core.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.FolderSnapshot;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input battery through WireMock stubs: a hostile body file gets the verdict the
 * validator gives the same file, and a hostile mapping file is one line; no exception, no file changed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileStubFilesTests {

    @TempDir
    static Path root;

    private final StubMappingChecker checker = StubMappingChecker.create();

    @BeforeAll
    static void writeTheHostileDocuments() throws IOException {
        Path files = Files.createDirectories(root.resolve("__files"));
        Path mappings = Files.createDirectories(root.resolve("mappings"));
        Path asMappings = Files.createDirectories(root.resolve("as-mappings"));
        for (HostileDocument document : HostileDocument.values()) {
            if (document.isLarge()) {
                continue;
            }
            document.writeTo(files);
            document.writeTo(asMappings);
            Files.writeString(mappings.resolve(document.fileName()), "{\"name\": \"" + document.name() + "\", \"request\":"
                    + " {\"urlPathTemplate\": \"/v1/runs/{id}\"}, \"response\": {\"bodyFileName\": \"" + document.fileName() + "\"}}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, mode = EnumSource.Mode.EXCLUDE, names = "HUNDRED_MEGABYTES")
    void a_hostile_body_file_gets_the_verdict_the_validator_gives_it(HostileDocument document) {
        FolderSnapshot before = FolderSnapshot.of(root);

        List<InputResult> results = checker.check(root.resolve("mappings").resolve(document.fileName()), "stub.json");

        List<Violation> expected = RunValidator.create().validate(HostileDocument.SCHEMA, root.resolve("__files").resolve(document.fileName()))
                .violations();
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("stub.json#" + document.name());
            assertThat(result.result().violations()).extracting(Violation::rule, Violation::message, Violation::line, Violation::column)
                    .containsExactlyElementsOf(expected.stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.rule(), v.message(),
                            v.line(), v.column())).toList());
        });
        assertThat(FolderSnapshot.of(root)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, mode = EnumSource.Mode.EXCLUDE, names = "HUNDRED_MEGABYTES")
    void a_hostile_mapping_file_is_one_line(HostileDocument document) {
        FolderSnapshot before = FolderSnapshot.of(root);

        List<InputResult> results = checker.check(root.resolve("as-mappings").resolve(document.fileName()), "hostile.json");

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("hostile.json");
            assertThat(result.result().violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message()).doesNotContain("\n"));
            if (document.rule() != null && document.rule().id().matches("malformed-json|limit-exceeded")) {
                assertThat(result.result().violations()).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo(document.rule()));
            }
        });
        assertThat(FolderSnapshot.of(root)).isEqualTo(before);
    }
}
