package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SeverityPolicyTests {

    @Test
    void unknown_properties_and_values_are_warnings_by_default_and_strict_makes_properties_errors() {
        SeverityPolicy strict = SeverityPolicy.defaults().strict(true);

        assertThat(SeverityPolicy.defaults().severityOf(Rule.UNKNOWN_PROPERTY)).isEqualTo(Severity.WARNING);
        assertThat(SeverityPolicy.defaults().severityOf(Rule.UNKNOWN_VALUE)).isEqualTo(Severity.WARNING);
        assertThat(strict.severityOf(Rule.UNKNOWN_PROPERTY)).isEqualTo(Severity.ERROR);
        assertThat(strict.severityOf(Rule.UNKNOWN_VALUE)).isEqualTo(Severity.WARNING);
        assertThat(SeverityPolicy.defaults().strict(false)).isEqualTo(SeverityPolicy.defaults());
    }

    @Test
    void the_policy_labels_violations_and_decides_validity() {
        String withUnknownMember = Probe.resource("conforming.json").replace("\"gpu\"", "\"extra\": 1, \"gpu\"");

        ValidationResult lenient = Probe.validator().validate(Probe.ID, withUnknownMember);
        ValidationResult strict = Probe.validator(SeverityPolicy.defaults().strict(true)).validate(Probe.ID, withUnknownMember);
        ValidationResult quiet = Probe.validator(SeverityPolicy.defaults().with("unknown-property=info")).validate(Probe.ID, withUnknownMember);

        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.count(Severity.WARNING)).isEqualTo(1);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.violations()).extracting(Violation::severity).containsExactly(Severity.ERROR);
        assertThat(quiet.violations()).extracting(Violation::severity).containsExactly(Severity.INFO);
    }

    @Test
    void overrides_written_as_text_are_checked() {
        assertThatIllegalArgumentException().isThrownBy(() -> SeverityPolicy.defaults().with("unknown-value"))
                .withMessageContaining("rule=severity");
        assertThatIllegalArgumentException().isThrownBy(() -> SeverityPolicy.defaults().with("nope=error"))
                .withMessageStartingWith("unknown rule 'nope'");
        assertThatIllegalArgumentException().isThrownBy(() -> SeverityPolicy.defaults().with("enum=fatal"))
                .withMessage("unknown severity 'fatal'; expected error, warning, info or off");
    }
}
