package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.CoreMessages;
import org.junit.jupiter.api.Test;

/** --schema, --strict, --severity and --fail-on. */
class PolicyOptionsTests {

    private static final String RENAMED = "../examples/drifted/renamed-status-field.json";

    @Test
    void an_unknown_property_is_a_warning_by_default_and_an_error_with_strict() {
        Outcome tolerant = runspec("validate", "-f", "json", "--severity", "required=warning", RENAMED);
        Outcome strict = runspec("validate", "-f", "json", "--strict", "--severity", "required=warning", RENAMED);

        assertThat(tolerant.status()).isZero();
        assertThat(strict.status()).isEqualTo(1);
        assertThat(ReportJson.violations(strict.out()))
                .filteredOn(v -> v.get("rule").asString().equals("unknown-property"))
                .singleElement().satisfies(v -> assertThat(v.get("severity").asString()).isEqualTo("error"));
    }

    @Test
    void severity_overrides_apply_after_strict() {
        Outcome outcome = runspec("validate", "--strict", "--severity", "unknown-property=info", "--severity", "required=info", RENAMED);

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines()).last().asString().isEqualTo("1 input: 1 conforms, 0 do not (0 errors, 0 warnings, 2 info)");
    }

    @Test
    void fail_on_warning_fails_a_run_that_has_only_warnings() {
        Outcome outcome = runspec("validate", "--severity", "required=warning", "--fail-on", "warning", RENAMED);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).last().asString().isEqualTo("1 input: 1 conforms, 0 do not (0 errors, 2 warnings)");
    }

    @Test
    void fail_on_never_reports_every_violation_and_exits_zero() {
        Outcome outcome = runspec("validate", "--fail-on", "never", RENAMED);

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines()).last().asString().isEqualTo("1 input: 0 conform, 1 does not (1 error, 1 warning)");
    }

    @Test
    void an_unknown_fail_on_value_names_the_four_accepted_ones() {
        Outcome outcome = runspec("validate", "--fail-on", "warnings", RENAMED);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString()
                .contains(CoreMessages.unknownFailOn("warnings"));
    }

    @Test
    void a_malformed_severity_override_is_a_usage_error_in_one_line() {
        Outcome outcome = runspec("validate", "--severity", "unknown-value:error", RENAMED);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).containsExactly("runspec validate: --severity unknown-value:error: severity override"
                + " 'unknown-value:error' is not of the form rule=severity, for example unknown-value=error (see 'runspec validate --help')");
    }

    @Test
    void an_unknown_rule_is_a_usage_error_naming_the_known_rules() {
        Outcome outcome = runspec("validate", "--severity", "typo=error", RENAMED);

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).singleElement().asString()
                .contains("unknown rule 'typo'; expected one of required, null, type, enum");
    }

    @Test
    void a_named_schema_is_used_for_every_input_instead_of_detection() {
        Outcome outcome = runspec("validate", "-f", "json", "--schema", "comfydeploy-v2", "../examples/recordings/runflow-v1/succeeded.json");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(ReportJson.results(outcome.out()).get(0).get("schema").asString()).isEqualTo("comfydeploy-v2");
        assertThat(ReportJson.violations(outcome.out())).extracting(v -> v.get("rule").asString()).contains("required");
    }
}
