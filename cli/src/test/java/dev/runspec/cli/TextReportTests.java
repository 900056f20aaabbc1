package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTests {

    private static final String DRIFTED = "{\n  \"id\": \"0196a4f3-2b4c-7d5e-8f60-7a8b9c0d1e2f\",\n  \"status_code\": \"done\",\n"
            + "  \"cost\": \"$0.01\",\n  \"finished_at\": null\n}\n";

    @Test
    void prints_one_line_per_violation_with_path_line_column_pointer_message_and_rule_then_the_summary(@TempDir Path folder)
            throws IOException {
        Files.createDirectories(folder.resolve("runs/runflow"));
        Files.writeString(folder.resolve("runs/runflow/done.json"), DRIFTED);

        Outcome outcome = Invocation.in(folder).run("validate", "runs");

        assertThat(outcome.outLines()).containsExactly(
                "runs/runflow/done.json:3:18: /status_code: status_code is \"done\"; expected one of queued, dispatching,"
                        + " running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]",
                "runs/runflow/done.json:4:11: /cost: cost is \"$0.01\"; expected a decimal number written as a string,"
                        + " such as \"0.0125\" [pattern]",
                "runs/runflow/done.json:5:18: /finished_at: finished_at is not a documented member [unknown-property, warning]",
                "1 input: 0 conform, 1 does not (2 errors, 1 warning)");
    }

    @Test
    void shows_paths_relative_to_the_working_directory_with_forward_slashes(@TempDir Path folder) throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path work = Files.createDirectories(folder.resolve("work"));
        Files.writeString(elsewhere.resolve("done.json"), DRIFTED);

        Outcome outcome = Invocation.in(work).run("validate", elsewhere.resolve("done.json").toString());

        assertThat(outcome.outLines()).first().asString().startsWith("../elsewhere/done.json:3:18: ");
    }

    @Test
    void is_plain_text_when_not_on_a_terminal() {
        Outcome outcome = Invocation.runspec("validate", "../examples/drifted");

        assertThat(outcome.out()).doesNotContain("\u001B[");
    }

    @Test
    void colours_only_the_severity_and_the_summary_on_a_terminal() {
        Outcome outcome = Invocation.in(Path.of("")).terminal(true, System::nanoTime).run("validate", "../examples/drifted");

        assertThat(outcome.out()).contains("[\u001B[31menum\u001B[0m]");
        assertThat(outcome.out().replaceAll("\u001B\\[[0-9;]*m", ""))
                .isEqualTo(Invocation.runspec("validate", "../examples/drifted").out());
    }

    @Test
    void a_terminal_with_no_color_set_gets_plain_text() {
        Outcome outcome = Invocation.in(Path.of("")).terminal(false, System::nanoTime).run("validate", "../examples/drifted");

        assertThat(outcome.out()).doesNotContain("\u001B[");
    }
}
