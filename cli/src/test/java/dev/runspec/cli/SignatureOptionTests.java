package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runspec validate --schema runflow-callback --signature HEX --secret-env VAR FILE}: the
 * body and its signature checked over the same raw bytes, the secret never printed, and every
 * misuse a one-line usage error. The signature was computed with OpenSSL:
 * {@code openssl dgst -sha256 -hmac "whsec_runspec_test_secret" completed.json}.
 */
class SignatureOptionTests {

    private static final String SECRET = "whsec_runspec_test_secret";
    private static final String SIGNATURE = "2eee17bbdd2bb4ed354d96e7ffb0aed9443ddab4d37a898c2106fb62382d8e72";
    private static final Path COMPLETED = Path.of("../core/src/test/resources/conforming/runflow-callback/completed.json");

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheDelivery() throws IOException {
        Files.copy(COMPLETED, folder.resolve("completed.json"));
    }

    private Invocation withSecret() {
        return Invocation.in(folder).variable("RUNFLOW_SECRET", SECRET);
    }

    @Test
    void a_delivery_whose_signature_matches_its_raw_bytes_conforms() {
        Outcome outcome = withSecret().run("validate", "--schema", "runflow-callback", "--signature", SIGNATURE,
                "--secret-env", "RUNFLOW_SECRET", "completed.json");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.out()).isEqualTo("1 input: 1 conforms, 0 do not (0 errors, 0 warnings)\n");
    }

    @Test
    void a_forged_signature_is_a_signature_violation_in_the_report_without_the_secret() {
        Outcome outcome = withSecret().run("validate", "--schema", "runflow-callback", "--signature", "0".repeat(64),
                "--secret-env", "RUNFLOW_SECRET", "--format", "json", "completed.json");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.out()).contains("\"rule\":\"signature\"").contains("Runflow-Signature does not match")
                .doesNotContain(SECRET).doesNotContain(SIGNATURE);
    }

    @Test
    void a_body_written_again_fails_where_the_raw_bytes_pass_and_the_text_report_says_where() throws IOException {
        String pretty = Files.readString(folder.resolve("completed.json")).replace(", \"", ",\n  \"");
        Files.writeString(folder.resolve("pretty.json"), pretty);

        Outcome outcome = withSecret().run("validate", "--signature", SIGNATURE, "--secret-env", "RUNFLOW_SECRET", "pretty.json");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).first().isEqualTo("pretty.json:1:1: (document): Runflow-Signature does not match the"
                + " HMAC-SHA256 of the body's " + pretty.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " raw bytes with this secret (a body parsed and written again, or another"
                + " secret?) [signature]");
    }

    @Test
    void standard_input_is_checked_over_the_bytes_read() throws IOException {
        Outcome outcome = withSecret().stdin(Files.readString(COMPLETED))
                .run("validate", "--signature", SIGNATURE.toUpperCase(), "--secret-env", "RUNFLOW_SECRET", "-");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).endsWith("1 conforms, 0 do not (0 errors, 0 warnings)\n");
    }

    @Test
    void a_missing_or_empty_secret_variable_is_a_usage_error_naming_the_variable_only() {
        Outcome unset = Invocation.in(folder).run("validate", "--signature", SIGNATURE, "--secret-env", "RUNFLOW_SECRET",
                "completed.json");
        Outcome empty = Invocation.in(folder).variable("RUNFLOW_SECRET", "").run("validate", "--signature", SIGNATURE,
                "--secret-env", "RUNFLOW_SECRET", "completed.json");

        assertThat(unset.status()).isEqualTo(2);
        assertThat(unset.out()).isEmpty();
        assertThat(unset.err()).isEqualTo("runspec validate: --secret-env RUNFLOW_SECRET: the environment variable is not set"
                + " (see 'runspec validate --help')\n");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("runspec validate: --secret-env RUNFLOW_SECRET: the environment variable is empty");
    }

    @Test
    void one_option_without_the_other_and_more_than_one_delivery_are_usage_errors() throws IOException {
        Files.copy(COMPLETED, folder.resolve("again.json"));

        Outcome noSecret = withSecret().run("validate", "--signature", SIGNATURE, "completed.json");
        Outcome noSignature = withSecret().run("validate", "--secret-env", "RUNFLOW_SECRET", "completed.json");
        Outcome two = withSecret().run("validate", "--signature", SIGNATURE, "--secret-env", "RUNFLOW_SECRET", "completed.json",
                "again.json");

        assertThat(noSecret.status()).isEqualTo(2);
        assertThat(noSecret.err()).startsWith("runspec validate: --signature needs --secret-env VAR");
        assertThat(noSignature.status()).isEqualTo(2);
        assertThat(noSignature.err()).startsWith("runspec validate: --secret-env needs --signature HEX");
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).startsWith("runspec validate: --signature checks one delivery: give one JSON file or - (got 2 inputs)");
        assertThat(noSecret.err() + noSignature.err() + two.err()).doesNotContain(SECRET);
    }
}
