package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.CoreMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitStatusTests {

    @Test
    void exits_0_when_every_input_conforms_and_keeps_standard_error_clean() {
        Outcome outcome = runspec("validate", "../examples/recordings");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.outLines()).last().asString().matches("\\d+ inputs: \\d+ conform, 0 do not \\(0 errors, 1 warning\\)");
    }

    @Test
    void exits_1_when_any_input_does_not_conform() {
        Outcome outcome = runspec("validate", "../examples/recordings", "../examples/drifted");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void exits_1_for_malformed_json(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("cut-off.json"), "{\"id\": \"0196a4c2-71d3-7f0a-b8e2-4c6d9f1a3b57\", \"status_code\": ");

        Outcome outcome = Invocation.in(folder).run("validate", "cut-off.json");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).first().asString().startsWith("cut-off.json:1:").endsWith("[malformed-json]");
    }

    @Test
    void exits_2_with_one_line_for_an_unknown_option() {
        Outcome outcome = runspec("validate", "--formt", "json", "../examples/recordings");

        assertUsageError(outcome, "runspec validate: unknown option: '--formt'; did you mean --format? (see 'runspec validate --help')");
    }

    @Test
    void exits_2_with_one_line_for_an_unknown_schema_id() {
        Outcome outcome = runspec("validate", "--schema", "runflow-v2", "../examples/recordings");

        assertUsageError(outcome, "runspec validate: " + CoreMessages.unknownSchema("runflow-v2") + " (see 'runspec validate --help')");
    }

    @Test
    void exits_2_with_one_line_for_a_missing_path() {
        Outcome outcome = runspec("validate", "../examples/recordings", "no-such-recordings");

        assertUsageError(outcome, "runspec validate: no such file or folder: no-such-recordings (see 'runspec validate --help')");
    }

    @Test
    void exits_2_with_one_line_when_no_path_is_given() {
        Outcome outcome = runspec("validate");

        assertUsageError(outcome, "runspec validate: name a PATH to check, or a WireMock root with --wiremock DIR (see 'runspec validate --help')");
    }

    @Test
    void exits_2_with_one_line_for_an_unknown_format() {
        Outcome outcome = runspec("validate", "--format", "html", "../examples/recordings");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString()
                .startsWith("runspec validate: invalid value for option '--format': unknown report format 'html'; expected one of text, json, junit, sarif");
    }

    @Test
    void exits_2_with_one_line_for_an_unknown_command() {
        Outcome outcome = runspec("check", "../examples/recordings");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString().startsWith("runspec: unmatched argument");
    }

    @Test
    void exits_2_with_one_line_when_no_command_is_given() {
        Outcome outcome = runspec();

        assertUsageError(outcome, "runspec: no command given; use one of validate, sequence, pact, schemas, rules, generate, simulate (see 'runspec --help')");
    }

    @Test
    void exits_2_with_one_line_for_a_path_the_file_system_cannot_name() {
        Outcome outcome = runspec("validate", "runs\u0000.json");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString().startsWith("runspec validate: 'runs");
    }

    private static void assertUsageError(Outcome outcome, String line) {
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.errLines()).containsExactly(line);
    }
}
