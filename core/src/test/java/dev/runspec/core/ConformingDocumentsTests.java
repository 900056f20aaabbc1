package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConformingDocumentsTests {

    private static final RunValidator STRICT = RunValidator.builder()
            .policy(SeverityPolicy.defaults().strict(true).with(Rule.UNKNOWN_VALUE, Severity.ERROR))
            .build();

    static Stream<Arguments> conforming() {
        return BundledDocuments.in("conforming");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("conforming")
    void a_realistic_document_has_no_violation_at_all_even_in_strict_mode(String schemaId, Path document) {
        ValidationResult result = STRICT.validate(schemaId, document);

        assertThat(result.violations()).as(document.getFileName().toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("conforming")
    void the_schema_is_detected_from_the_document_shape(String schemaId, Path document) {
        ValidationResult result = STRICT.validate(RunValidator.AUTO, document);

        assertThat(result.schemaId()).isEqualTo(schemaId);
        assertThat(result.violations()).isEmpty();
    }
}
