package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One fail-on vocabulary for every front end, and the policy every front end builds the same way. */
class FailOnTests {

    static final Violation WARNING = new Violation("/region", Rule.UNKNOWN_PROPERTY, Severity.WARNING, null, null, "w", 1, 1);
    static final Violation INFO = new Violation("/x", Rule.UNKNOWN_PROPERTY, Severity.INFO, null, null, "i", 1, 1);

    @Test
    void each_setting_fails_on_its_severity_and_worse_and_never_fails_on_nothing() {
        ValidationResult warned = ValidationResult.of("runflow-v1", List.of(WARNING));
        ValidationResult noted = ValidationResult.of("runflow-v1", List.of(INFO));
        assertThat(FailOn.ERROR.isReachedBy(warned)).isFalse();
        assertThat(FailOn.WARNING.isReachedBy(warned)).isTrue();
        assertThat(FailOn.WARNING.isReachedBy(noted)).isFalse();
        assertThat(FailOn.INFO.isReachedBy(noted)).isTrue();
        assertThat(FailOn.NEVER.isReachedBy(warned)).isFalse();
        assertThat(FailOn.NEVER.isReachedBy(Severity.ERROR)).isFalse();
        assertThat(FailOn.NEVER.threshold()).isEmpty();
        assertThat(FailOn.WARNING.threshold()).contains(Severity.WARNING);
    }

    @Test
    void the_ids_are_read_ignoring_case_and_a_wrong_one_names_the_accepted_values() {
        assertThat(FailOn.fromId(" Never ")).isEqualTo(FailOn.NEVER);
        assertThat(FailOn.fromId("warning").id()).isEqualTo("warning");
        assertThatIllegalArgumentException().isThrownBy(() -> FailOn.fromId("warnings"))
                .withMessage("unknown value 'warnings'; expected error, warning, info or never");
    }

    @Test
    void strict_then_each_override_in_order_makes_the_policy() {
        SeverityPolicy policy = SeverityPolicy.defaults().configured(true, List.of("format=warning", "unknown-property=info"));
        assertThat(policy.severityOf(Rule.FORMAT)).isEqualTo(Severity.WARNING);
        assertThat(policy.severityOf(Rule.UNKNOWN_PROPERTY)).isEqualTo(Severity.INFO);
        assertThat(SeverityPolicy.defaults().configured(true, List.of()).severityOf(Rule.UNKNOWN_PROPERTY))
                .isEqualTo(Severity.ERROR);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SeverityPolicy.defaults().configured(false, List.of("format")))
                .withMessageContaining("'format' is not of the form rule=severity");
    }

    @Test
    void a_schema_setting_is_a_known_id_or_auto() {
        SchemaCatalogue catalogue = SchemaCatalogue.bundled();
        assertThat(catalogue.requireKnownOrAuto("auto")).isEqualTo("auto");
        assertThat(catalogue.requireKnownOrAuto("runflow-v1")).isEqualTo("runflow-v1");
        assertThatIllegalArgumentException().isThrownBy(() -> catalogue.requireKnownOrAuto("runflow-v2"))
                .isInstanceOf(UnknownSchemaException.class)
                .withMessageStartingWith("unknown schema id 'runflow-v2'; known ids: ");
    }

    @Test
    void a_front_end_adds_its_own_advice_to_the_core_message() {
        ValidationResult undetected = RunValidator.builder().build().validate("auto", "{\"hello\": 1}");
        assertThat(undetected.violations()).extracting(Violation::message)
                .containsExactly("cannot tell which schema this document follows");
        assertThat(undetected.withAdvice(Rule.UNDETECTED_SCHEMA, "name one with --schema").violations())
                .extracting(Violation::message)
                .containsExactly("cannot tell which schema this document follows; name one with --schema");
        assertThat(undetected.withAdvice(Rule.FORMAT, "never shown")).isSameAs(undetected);
    }
}
