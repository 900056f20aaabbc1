package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationResultWithoutDocumentTests {

    @Test
    void keeps_the_schema_and_every_violation_but_drops_the_document() {
        ValidationResult full = Probe.validator().validate(Probe.ID, Probe.resource("drifted.json"));

        ValidationResult slim = full.withoutDocument();

        assertThat(full.document()).isPresent();
        assertThat(slim.document()).isEmpty();
        assertThat(slim.schemaId()).isEqualTo(full.schemaId());
        assertThat(slim.violations()).isEqualTo(full.violations());
        assertThat(slim.isValid()).isEqualTo(full.isValid());
    }

    @Test
    void a_verdict_without_a_document_is_returned_as_it_is() {
        ValidationResult malformed = Probe.validator().validate(Probe.ID, "{\"id\": ");

        assertThat(malformed.withoutDocument()).isSameAs(malformed);
    }
}
