package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.internal.RunspecVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "schemas"})
    void every_command_prints_its_help_and_exits_0(String command) {
        Outcome outcome = runspec(args(command, "--help"));

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.outLines()).first().asString().startsWith(("Usage: runspec " + command).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "schemas"})
    void every_command_prints_the_version_and_exits_0(String command) {
        Outcome outcome = runspec(args(command, "--version"));

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines()).first().asString().isEqualTo("runspec " + RunspecVersion.current());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--schema", "--strict", "--format", "--output", "--severity", "--fail-on", "--ndjson",
        "--max-document-size", "--max-nesting-depth", "--max-string-length", "--max-number-length", "Exit status:"})
    void validate_help_documents_every_option_and_the_exit_statuses(String option) {
        assertThat(runspec("validate", "--help").out()).contains(option);
    }

    private static String[] args(String command, String option) {
        return command.isEmpty() ? new String[] {option} : new String[] {command, option};
    }
}
