package dev.runspec.restassured;

import static dev.runspec.restassured.RunSchemaMatcher.matchesRunSchema;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.runspec.core.FailOn;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.RunValidator;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.ServedRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hamcrest.MatcherAssert;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunSchemaMatcherTests {

    private static ServedRuns provider;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = ServedRuns.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_conforming_run_matches_its_schema_and_auto(Route route) {
        given().get(provider.conforming(route)).then().statusCode(200)
                .body(matchesRunSchema(ServedRuns.schemaOf(route)))
                .body(matchesRunSchema("auto"));
    }

    @Test
    void a_drifted_run_fails_rest_assured_with_every_violation() {
        ValidationResult expected = RunValidator.create().validate("runflow-v1", ServedRuns.driftedBody(Route.RUNFLOW_V1));

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> given()
                .get(provider.drifted(Route.RUNFLOW_V1)).then().body(matchesRunSchema("runflow-v1")));

        assertThat(failure.getMessage())
                .contains("Expected: a run response conforming to schema \"runflow-v1\", which it does not: found ")
                .contains("found " + expected.count(dev.runspec.core.Severity.ERROR) + " errors");
        expected.violations().forEach(v -> assertThat(failure.getMessage()).contains("  " + v));
    }

    @Test
    void the_mismatch_description_lists_every_violation_for_any_hamcrest_assertion() {
        byte[] drifted = ServedRuns.driftedBody(Route.COMFYDEPLOY_V2);
        ValidationResult expected = RunValidator.create().validate("comfydeploy-v2", drifted);
        StringDescription mismatch = new StringDescription();

        boolean matched = matchesRunSchema("comfydeploy-v2").matches(drifted);
        matchesRunSchema("comfydeploy-v2").describeMismatch(drifted, mismatch);

        assertThat(matched).isFalse();
        assertThat(mismatch.toString()).startsWith("found ");
        assertThat(mismatch.toString().lines().skip(1))
                .containsExactlyElementsOf(expected.violations().stream().map(v -> "  " + v).toList());
    }

    @Test
    void auto_names_the_schema_it_detected_and_a_new_field_fails_only_at_warning() {
        String drifted = new String(ServedRuns.driftedBody(Route.RUNFLOW_V1), StandardCharsets.UTF_8);
        String newField = new String(ServedRuns.conformingBody(Route.RUNFLOW_V1), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"brand_new_field\":1,");

        assertThatThrownBy(() -> MatcherAssert.assertThat(drifted, matchesRunSchema("auto")))
                .hasMessageContaining("against \"runflow-v1\" (detected by shape), found ");
        MatcherAssert.assertThat(newField, matchesRunSchema("runflow-v1"));
        assertThatThrownBy(() -> MatcherAssert.assertThat(newField, matchesRunSchema("runflow-v1").failingOn(FailOn.WARNING)))
                .hasMessageContaining("Expected: a run response conforming to schema \"runflow-v1\" with no errors or warnings")
                .hasMessageContaining("/brand_new_field");
    }

    @Test
    void hamcrest_shows_the_violations_once_under_expected() {
        byte[] drifted = ServedRuns.driftedBody(Route.RUNFLOW_V1);
        ValidationResult expected = RunValidator.create().validate("runflow-v1", drifted);

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> MatcherAssert.assertThat(drifted, matchesRunSchema("runflow-v1")));

        assertThat(failure.getMessage()).contains(String.format(
                "Expected: a run response conforming to schema \"runflow-v1\", which it does not: found "))
                .endsWith(String.format("%n     but: the %s above", dev.runspec.core.internal.VerdictWords.counts(expected)));
        expected.violations().forEach(v -> assertThat(failure.getMessage()).containsOnlyOnce("  " + v));
    }

    @Test
    void an_unknown_schema_id_is_refused_when_the_matcher_is_made() {
        assertThatThrownBy(() -> matchesRunSchema("runflow-v9")).isInstanceOf(UnknownSchemaException.class);
    }
}
