package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.Limit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitOptionsTests {

    private static final String PACT = "../pact/src/test/resources/pacts/drifted/v3-dashboard-comfydeploy.json";

    private static final String RECORDING = "../examples/recordings/runflow-v1/flow-running-with-node-runs.json";

    @Test
    void a_document_larger_than_max_document_size_is_reported_not_read() {
        Outcome outcome = runspec("validate", "-f", "json", "--max-document-size", "1k", RECORDING);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.violations(outcome.out())).singleElement().satisfies(v -> {
            assertThat(v.get("rule").asString()).isEqualTo("limit-exceeded");
            assertThat(v.get("expected").asString()).isEqualTo("max-document-size");
            assertThat(v.get("message").asString())
                    .endsWith(" bytes, more than the max-document-size limit of 1024 bytes;"
                            + " raise it with --max-document-size if the document is genuine");
        });
    }

    @Test
    void each_limit_is_raised_with_the_option_of_its_name() {
        for (Limit limit : Limit.values()) {
            assertThat(Advice.raise(limit)).isEqualTo("raise it with --" + limit.id() + " if the document is genuine");
            assertThat(runspec("validate", "--help").out()).contains("--" + limit.id() + "=");
        }
    }

    @Test
    void a_pact_file_beyond_a_limit_gets_the_same_advice() {
        Outcome outcome = runspec("pact", "--max-nesting-depth", "2", PACT);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).first().asString()
                .endsWith("; " + Advice.raise(Limit.MAX_NESTING_DEPTH) + " [limit-exceeded]");
    }

    @Test
    void a_document_nested_deeper_than_max_nesting_depth_is_reported() {
        Outcome outcome = runspec("validate", "-f", "json", "--max-nesting-depth", "2", RECORDING);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.violations(outcome.out())).extracting(v -> v.get("rule").asString()).contains("limit-exceeded");
    }

    @Test
    void generous_limits_change_nothing() {
        Outcome outcome = runspec("validate", "--max-document-size", "64MiB", "--max-nesting-depth", "1000",
                "--max-string-length", "100000000", "--max-number-length", "5000", "../examples/recordings");

        assertThat(outcome.status()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "--max-document-size, 0,    '''0'' is not a positive size such as 1048576, 512k or 16M'",
        "--max-document-size, 12XB, '''12XB'' is not a positive size such as 1048576, 512k or 16M'",
        "--max-nesting-depth, -1,   '''-1'' is not a positive whole number'",
        "--max-string-length, lots, '''lots'' is not a positive whole number'",
    })
    void a_limit_that_is_not_a_positive_number_is_a_usage_error(String option, String value, String reason) {
        Outcome outcome = runspec("validate", option, value, RECORDING);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString().contains(reason);
    }
}
