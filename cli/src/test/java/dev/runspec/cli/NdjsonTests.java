package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonTests {

    @TempDir
    Path folder;

    private List<String> polls;

    @BeforeEach
    void readThePollingLog() throws IOException {
        polls = Files.readAllLines(Invocation.examples().resolve("recordings/runflow-v1/polling.ndjson"));
    }

    @Test
    void each_line_is_one_input_named_by_its_line_number_and_blank_lines_are_skipped() throws IOException {
        Files.writeString(folder.resolve("polls.ndjson"), polls.get(0) + "\n\n" + polls.get(1).replace("\"dispatching\"", "\"paused\"")
                + "\r\n" + polls.get(2) + "\n");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "polls.ndjson");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.results(outcome.out()))
                .extracting(r -> r.get("line").asInt(), r -> r.get("valid").asBoolean())
                .containsExactly(tuple(1, true), tuple(3, false), tuple(4, true));
    }

    @Test
    void text_lines_carry_the_file_line_and_the_column_in_that_line() throws IOException {
        Files.writeString(folder.resolve("polls.ndjson"), polls.get(0) + "\n" + "{\"id\":\"0196a4e1-8a9b-7c0d-9e1f-2a3b4c5d6e7f\"}\n");

        Outcome outcome = Invocation.in(folder).run("validate", "polls.ndjson");

        assertThat(outcome.outLines()).containsExactly(
                "polls.ndjson:2:1: /status_code: status_code is missing; it is required [required]",
                "2 inputs: 1 conforms, 1 does not (1 error, 0 warnings)");
    }

    @Test
    void a_line_that_is_not_json_does_not_stop_the_lines_after_it() throws IOException {
        Files.writeString(folder.resolve("polls.ndjson"), polls.get(0) + "\n<html>502</html>\n" + polls.get(3) + "\n");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "polls.ndjson");

        assertThat(ReportJson.results(outcome.out()))
                .extracting(r -> r.get("line").asInt(), r -> r.get("valid").asBoolean())
                .containsExactly(tuple(1, true), tuple(2, false), tuple(3, true));
    }

    @Test
    void a_jsonl_file_named_explicitly_is_read_line_by_line_too() throws IOException {
        Files.writeString(folder.resolve("polls.jsonl"), String.join("\n", polls) + "\n");

        Outcome outcome = Invocation.in(folder).run("validate", "polls.jsonl");

        assertThat(outcome.outLines()).containsExactly("4 inputs: 4 conform, 0 do not (0 errors, 0 warnings)");
    }

    @Test
    void a_folder_search_finds_jsonl_files_as_every_front_end_does() throws IOException {
        Files.writeString(folder.resolve("polls.jsonl"), String.join("\n", polls) + "\n");
        Files.writeString(folder.resolve(".hidden.jsonl"), "not json\n");

        Outcome outcome = Invocation.in(folder).run("validate", ".");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines()).containsExactly("4 inputs: 4 conform, 0 do not (0 errors, 0 warnings)");
    }

    @Test
    void an_ndjson_file_with_only_blank_lines_is_noted() throws IOException {
        Files.writeString(folder.resolve("empty.ndjson"), "\n\n");
        Files.writeString(folder.resolve("polls.ndjson"), polls.get(0) + "\n");

        Outcome outcome = Invocation.in(folder).run("validate", ".");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.errLines()).containsExactly("runspec: empty.ndjson: no responses in it (every line is blank)");
    }
}
