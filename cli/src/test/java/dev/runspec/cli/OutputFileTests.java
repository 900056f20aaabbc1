package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTests {

    @TempDir
    Path folder;

    @BeforeEach
    void recordings() throws IOException {
        Files.createDirectories(folder.resolve("runs"));
        Files.copy(Invocation.examples().resolve("drifted/unknown-status.json"), folder.resolve("runs/unknown-status.json"));
        Files.copy(Invocation.examples().resolve("recordings/runflow-v1/succeeded.json"), folder.resolve("runs/succeeded.json"));
    }

    @Test
    void writes_the_report_to_the_file_and_the_summary_line_to_standard_output() throws IOException {
        Outcome outcome = Invocation.in(folder).run("validate", "--format", "sarif", "--output", "runspec.sarif", "runs");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).containsExactly(
                "2 inputs: 1 conforms, 1 does not (1 error, 0 warnings); sarif report written to runspec.sarif");
        assertThat(ReportJson.parse(Files.readString(folder.resolve("runspec.sarif"))).get("version").asString()).isEqualTo("2.1.0");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void creates_the_report_s_folder_and_leaves_no_partial_file_behind() throws IOException {
        Outcome outcome = Invocation.in(folder).run("validate", "-f", "junit", "-o", "target/runspec/TEST-runspec.xml", "runs");

        assertThat(outcome.status()).isEqualTo(1);
        try (var files = Files.list(folder.resolve("target/runspec"))) {
            assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("TEST-runspec.xml");
        }
    }

    @Test
    void replaces_an_earlier_report() throws IOException {
        Files.writeString(folder.resolve("report.json"), "old");

        Invocation.in(folder).run("validate", "-f", "json", "-o", "report.json", "runs/succeeded.json");

        assertThat(ReportJson.parse(Files.readString(folder.resolve("report.json"))).get("summary").get("inputs").asInt()).isEqualTo(1);
    }

    @Test
    void refuses_to_overwrite_an_input_and_leaves_it_unchanged() throws IOException {
        String before = Files.readString(folder.resolve("runs/succeeded.json"));

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "-o", "runs/succeeded.json", "runs");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).containsExactly("runspec validate: refusing to write the report to runs/succeeded.json:"
                + " it is one of the inputs (see 'runspec validate --help')");
        assertThat(outcome.out()).isEmpty();
        assertThat(Files.readString(folder.resolve("runs/succeeded.json"))).isEqualTo(before);
    }

    @Test
    void an_output_of_dash_is_standard_output() {
        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "-o", "-", "runs");

        assertThat(ReportJson.parse(outcome.out()).get("summary").get("inputs").asInt()).isEqualTo(2);
        assertThat(folder.resolve("-")).doesNotExist();
    }

    @Test
    void refuses_a_folder_as_the_output() {
        Outcome outcome = Invocation.in(folder).run("validate", "-o", "runs", "runs");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).containsExactly(
                "runspec validate: --output runs is a folder; name a file (see 'runspec validate --help')");
    }

    @Test
    void an_output_that_cannot_be_written_is_a_usage_error_in_one_line() throws IOException {
        Files.writeString(folder.resolve("blocker"), "a file where a folder should be");

        Outcome outcome = Invocation.in(folder).run("validate", "-o", "blocker/report.txt", "runs");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString()
                .startsWith("runspec validate: cannot write the report to blocker/report.txt: ");
    }
}
