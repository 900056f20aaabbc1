package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardInputTests {

    @TempDir
    Path folder;

    @Test
    void a_conforming_response_on_standard_input_exits_0() throws IOException {
        String body = Files.readString(Invocation.examples().resolve("recordings/comfydeploy-v2/running.json"));

        Outcome outcome = Invocation.in(folder).stdin(body).run("validate", "-");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines()).containsExactly("1 input: 1 conforms, 0 do not (0 errors, 0 warnings)");
    }

    @Test
    void a_drifted_response_on_standard_input_is_reported_as_dash() throws IOException {
        String body = Files.readString(Invocation.examples().resolve("drifted/null-progress.json"));

        Outcome outcome = Invocation.in(folder).stdin(body).run("validate", "--schema", "comfydeploy-v2", "-");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).first().asString().isEqualTo("-:25:15: /progress: progress is null; expected a number [null]");
    }

    @Test
    void standard_input_can_be_ndjson() throws IOException {
        String lines = Files.readString(Invocation.examples().resolve("drifted/comfydeploy-v2-polling.ndjson"));

        Outcome outcome = Invocation.in(folder).stdin(lines).run("validate", "--ndjson", "-");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).containsExactly(
                "-:3:510: /started_at: started_at is \"2025-07-14 11:09:19.318\"; expected an RFC 3339 date-time,"
                        + " such as \"2025-03-27T10:15:30Z\" [format]",
                "-:5:1018: /outputs: outputs is empty while status is \"success\" (status: 5:343)"
                        + " [lifecycle-success-without-outputs, warning]",
                "5 inputs: 4 conform, 1 does not (1 error, 1 warning)");
    }

    @Test
    void standard_input_mixes_with_files() throws IOException {
        Files.writeString(folder.resolve("run.json"), Files.readString(Invocation.examples().resolve("recordings/runflow-v1/succeeded.json")));

        Outcome outcome = Invocation.in(folder).stdin("<html>502</html>").run("validate", "run.json", "-");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).first().asString().startsWith("-:1:1: (document): not valid JSON");
    }

    @Test
    void standard_input_named_twice_is_a_usage_error() {
        Outcome outcome = Invocation.in(folder).stdin("{}").run("validate", "-", "-");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).containsExactly(
                "runspec validate: standard input (-) can be read only once (see 'runspec validate --help')");
    }
}
