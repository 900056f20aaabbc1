package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.LifecycleRule;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.shaded.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Lifecycle rules through the command: every report shows both members, and --severity reaches them. */
class LifecycleRulesOnTheCommandLineTests {

    private static final String DRIFTED = "../examples/drifted/runflow-completed-before-started.json";

    @Test
    void the_text_report_names_the_member_the_timestamp_was_compared_with() {
        Outcome outcome = runspec("validate", DRIFTED);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).containsExactly(
                DRIFTED + ":44:19: /completed_at: completed_at 10:14:02.950 is before started_at 10:14:03.460, by 0.51 s"
                        + " (started_at: 43:17) [lifecycle-completed-before-started]",
                "1 input: 0 conform, 1 does not (1 error, 0 warnings)");
    }

    @Test
    void the_json_report_carries_the_related_member_and_sarif_its_related_location_and_the_rules_statement() {
        JsonNode violation = ReportJson.violations(runspec("validate", "--format", "json", DRIFTED).out()).get(0);
        JsonNode sarif = ReportJson.parse(runspec("validate", "--format", "sarif", DRIFTED).out()).get("runs").get(0);

        assertThat(violation.get("related").get(0).toString())
                .isEqualTo("{\"description\":\"started_at\",\"pointer\":\"/started_at\",\"line\":43,\"column\":17}");
        JsonNode related = sarif.get("results").get(0).get("relatedLocations").get(0);
        assertThat(related.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(43);
        assertThat(related.get("message").get("text").asString()).isEqualTo("started_at");
        assertThat(sarif.get("tool").get("driver").get("rules").get(0).get("shortDescription").get("text").asString())
                .isEqualTo("A run cannot complete before it starts.");
    }

    @Test
    void severity_turns_a_lifecycle_rule_into_a_warning_or_off() {
        Outcome warning = runspec("validate", "--severity", "lifecycle-completed-before-started=warning", DRIFTED);
        Outcome off = runspec("validate", "--severity", "lifecycle-completed-before-started=off", DRIFTED);
        Outcome typo = runspec("validate", "--severity", "lifecycle-completed-before-start=off", DRIFTED);

        assertThat(warning.status()).isZero();
        assertThat(warning.outLines()).last().isEqualTo("1 input: 1 conforms, 0 do not (0 errors, 1 warning)");
        assertThat(off.status()).isZero();
        assertThat(off.outLines()).containsExactly("1 input: 1 conforms, 0 do not (0 errors, 0 warnings)");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.errLines()).singleElement().asString()
                .startsWith("runspec validate: --severity lifecycle-completed-before-start=off: unknown rule");
    }

    @Test
    void rules_lists_each_rule_of_a_schema_with_severity_statement_and_source() {
        Outcome outcome = runspec("rules", "runflow-v1");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.outLines().get(0)).isEqualTo("runflow-v1: 10 lifecycle rules");
        for (LifecycleRule rule : SchemaCatalogue.bundled().lifecycleRules("runflow-v1")) {
            assertThat(outcome.outLines())
                    .anySatisfy(line -> assertThat(line).startsWith("  " + rule.rule().id() + " ")
                            .contains(" " + rule.defaultSeverity().id() + " ").endsWith(rule.expression()
                                    + (rule.when().isEmpty() ? "" : " when " + rule.when())))
                    .anySatisfy(line -> assertThat(line.strip()).isEqualTo(rule.statement()))
                    .anySatisfy(line -> assertThat(line.strip()).startsWith("source: " + rule.source()));
        }
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).matches("  lifecycle-terminal-without-end +warning +present"
                + " completed_at when status_code in succeeded, failed, canceled, cancelled, partial_succeeded"));
    }

    @Test
    void rules_without_an_id_lists_every_schema_that_has_rules_and_an_unknown_id_is_a_usage_error() {
        Outcome all = runspec("rules");
        Outcome unknown = runspec("rules", "runflow-v9");

        assertThat(all.outLines()).filteredOn(line -> line.endsWith(" lifecycle rules") || line.endsWith(" lifecycle rule"))
                .containsExactly("comfydeploy-v1-ts: 13 lifecycle rules", "comfydeploy-v1: 13 lifecycle rules",
                        "comfydeploy-v2: 18 lifecycle rules", "runflow-v1: 10 lifecycle rules",
                        "comfydeploy-v1-webhook: 1 lifecycle rule", "comfydeploy-v2-webhook: 2 lifecycle rules",
                        "runflow-callback: 9 lifecycle rules");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.errLines()).first().asString().startsWith("runspec rules: ").contains("runflow-v9");
    }
}
