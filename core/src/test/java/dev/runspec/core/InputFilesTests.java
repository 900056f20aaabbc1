package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one input rule the command, the Maven goal and @RecordedRuns share. */
class InputFilesTests {

    @ParameterizedTest(name = "{0}: searched {1}, document {2}, lines {3}")
    @CsvSource({
            "runs/queued.json,      true,  true,  false",
            "runs/QUEUED.JSON,      true,  true,  false",
            "polls/session.ndjson,  true,  false, true",
            "polls/session.jsonl,   true,  false, true",
            "runs/.draft.json,      false, true,  false",
            "runs/notes.txt,        false, false, false",
            "runs/queued.json.bak,  false, false, false"})
    void each_file_is_a_document_a_line_delimited_file_or_no_input(String file, boolean searched, boolean document,
            boolean lines) {
        Path path = Path.of(file);
        assertThat(InputFiles.isSearched(path)).isEqualTo(searched);
        assertThat(InputFiles.isDocument(path)).isEqualTo(document);
        assertThat(InputFiles.isLineDelimited(path)).isEqualTo(lines);
        assertThat(InputFiles.isSearchedDocument(path)).isEqualTo(searched && document);
    }

    @Test
    void the_rule_reads_the_same_as_patterns_and_in_words() {
        assertThat(InputFiles.includePatterns()).containsExactly("**/*.json", "**/*.ndjson", "**/*.jsonl");
        assertThat(InputFiles.describe()).isEqualTo("*.json, *.ndjson or *.jsonl files");
        assertThat(InputFiles.isHidden(Path.of("a/.git"))).isTrue();
        assertThat(InputFiles.isHidden(Path.of("a/b"))).isFalse();
    }
}
