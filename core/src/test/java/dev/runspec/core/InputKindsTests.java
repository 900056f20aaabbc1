package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindsTests {

    private final RunValidator validator = Probe.validator();
    private final String drifted = Probe.resource("drifted.json");

    @Test
    void text_bytes_streams_readers_and_files_give_the_same_verdict(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("drifted.json"), drifted);
        byte[] bytes = drifted.getBytes(StandardCharsets.UTF_8);

        List<Violation> expected = validator.validate(Probe.ID, drifted).violations();

        assertThat(expected).hasSize(10);
        assertThat(validator.validate(Probe.ID, bytes).violations()).isEqualTo(expected);
        assertThat(validator.validate(Probe.ID, new ByteArrayInputStream(bytes)).violations()).isEqualTo(expected);
        assertThat(validator.validate(Probe.ID, new StringReader(drifted)).violations()).isEqualTo(expected);
        assertThat(validator.validate(Probe.ID, file).violations()).isEqualTo(expected);
    }

    @Test
    void columns_count_characters_not_bytes() {
        String json = "{\"meta\": {\"note\": \"héllo wörld\"}, \"status\": \"done\", \"id\": \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\", \"created_at\": \"2025-03-27T10:15:30Z\"}";

        assertThat(validator.validate(Probe.ID, json.getBytes(StandardCharsets.UTF_8)).violations())
                .extracting(Violation::pointer, Violation::column)
                .containsExactly(tuple("/status", 45));
    }

    @Test
    void files_that_cannot_be_read_are_violations_not_exceptions(@TempDir Path dir) {
        assertThat(validator.validate(Probe.ID, dir.resolve("missing.json")).violations())
                .extracting(Violation::rule, Violation::message)
                .containsExactly(tuple(Rule.UNREADABLE, "no such file"));
        assertThat(validator.validate(Probe.ID, dir).violations())
                .extracting(Violation::message).containsExactly("it is a directory, not a file");
    }

    @Test
    void ndjson_lines_are_validated_one_by_one_with_their_line_numbers(@TempDir Path dir) throws Exception {
        String good = Probe.resource("conforming.json").replace("\n", "");
        String ndjson = good + "\n\n" + "{\"id\": \"x\", \"status\": \"queued\", \"created_at\": \"2025-03-27T10:15:30Z\"}\r\n"
                + "{not json\n" + good + "\n";
        Path file = Files.writeString(dir.resolve("runs.ndjson"), ndjson);
        List<LineResult> lines = new ArrayList<>();

        validator.validateLines(Probe.ID, file, lines::add);

        assertThat(lines).extracting(LineResult::lineNumber, line -> line.result().isValid())
                .containsExactly(tuple(1L, true), tuple(3L, false), tuple(4L, false), tuple(5L, true));
        assertThat(lines.get(1).result().violations())
                .extracting(Violation::pointer, Violation::rule, Violation::line, Violation::column)
                .containsExactly(tuple("/id", Rule.FORMAT, 3, 8));
        assertThat(lines.get(2).result().violations())
                .extracting(Violation::rule, Violation::line).containsExactly(tuple(Rule.MALFORMED_JSON, 4));
    }

    @Test
    void an_ndjson_line_beyond_the_size_limit_is_reported_without_stopping_the_others() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue())
                .limits(Limits.defaults().withMaxDocumentBytes(200)).build();
        String good = "{\"id\": \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\", \"status\": \"queued\", \"created_at\": \"2025-03-27T10:15:30Z\"}";
        String big = "{\"meta\": {\"pad\": \"" + "x".repeat(5000) + "\"}}";
        List<LineResult> lines = new ArrayList<>();

        small.validateLines(Probe.ID, new ByteArrayInputStream((good + "\n" + big + "\n" + good).getBytes(StandardCharsets.UTF_8)), lines::add);

        assertThat(lines).extracting(LineResult::lineNumber, line -> line.result().violations().stream().map(Violation::rule).toList())
                .containsExactly(tuple(1L, List.of()), tuple(2L, List.of(Rule.LIMIT_EXCEEDED)), tuple(3L, List.of()));
    }

    @Test
    void the_ndjson_size_limit_is_on_a_line_s_content_and_a_long_blank_line_is_skipped() {
        RunValidator small = RunValidator.builder().catalogue(Probe.catalogue()).limits(Limits.defaults().withMaxDocumentBytes(40)).build();
        String exactly = "{\"meta\": \"" + "x".repeat(40 - 12) + "\"}";
        List<LineResult> lines = new ArrayList<>();

        small.validateLines(Probe.ID, new ByteArrayInputStream((exactly + "\r\n" + " ".repeat(500) + "\r\n" + exactly + "x\r\n")
                .getBytes(StandardCharsets.UTF_8)), lines::add);

        assertThat(exactly).hasSize(40);
        assertThat(lines).extracting(LineResult::lineNumber,
                        line -> line.result().violations().stream().map(Violation::rule).filter(Rule.LIMIT_EXCEEDED::equals).count())
                .containsExactly(tuple(1L, 0L), tuple(3L, 1L));
    }

    @Test
    void a_column_after_a_lone_carriage_return_inside_an_ndjson_line_counts_from_the_line_s_start() {
        // A lone CR is JSON whitespace and ends a line for the JSON parser, not for NDJSON; found by the NDJSON fuzz campaign
        String line = "{\"id\": \"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\",\r\"status\": 7}";
        List<LineResult> lines = new ArrayList<>();

        validator.validateLines(Probe.ID, new ByteArrayInputStream(("\n" + line + "\n").getBytes(StandardCharsets.UTF_8)), lines::add);

        assertThat(validator.validate(Probe.ID, line).violations()).extracting(Violation::pointer, Violation::line, Violation::column)
                .contains(tuple("/status", 2, 11));
        assertThat(lines).singleElement().satisfies(result -> assertThat(result.result().violations())
                .extracting(Violation::pointer, Violation::line, Violation::column)
                .contains(tuple("/status", 2, line.lastIndexOf('7') + 1)));
    }
}
