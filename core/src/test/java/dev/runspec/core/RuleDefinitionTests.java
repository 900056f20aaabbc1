package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Rules are values: a rule-table row defines one, and it then works wherever a built-in rule does. */
class RuleDefinitionTests {

    @Test
    void a_defined_rule_is_known_by_its_id_and_takes_a_severity_override() {
        Rule rule = Rule.define("test-only-ended-before-started", Severity.WARNING, "A run ended before it started.");

        assertThat(Rule.fromId("Test-Only-Ended-Before-Started")).isSameAs(rule);
        assertThat(Rule.values()).startsWith(Rule.REQUIRED).contains(rule);
        assertThat(Rule.define("test-only-ended-before-started", Severity.WARNING, "again")).isSameAs(rule);
        assertThat(SeverityPolicy.defaults().severityOf(rule)).isEqualTo(Severity.WARNING);
        assertThat(SeverityPolicy.defaults().with("test-only-ended-before-started=error").severityOf(rule))
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void a_rule_id_must_be_kebab_case_and_keep_its_default_severity() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.define("Ended Before", Severity.ERROR, "x"))
                .withMessage("rule id 'Ended Before' is not kebab-case, such as lifecycle-ended-before-started");
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.define("required", Severity.WARNING, "x"))
                .withMessage("rule 'required' is already defined with default severity error");
        assertThat(Rule.REQUIRED.description()).isEqualTo("A required member is missing.");
    }
}
