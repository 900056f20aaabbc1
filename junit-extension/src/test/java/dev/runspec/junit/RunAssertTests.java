package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.FakeProvider;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The AssertJ assertions: what passes, and the exact text of what fails. */
class RunAssertTests {

    static final String QUEUED = Recordings.text("runflow-v1/queued.json");
    static final String DRIFTED = Recordings.text("runflow-v1/drifted.json");
    static final String DRIFTED_EXCERPT = "{ \"id\": \"0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e\", \"flow_id\": null, \"mod...";
    static final String COST_LINE = "18:11: /cost: cost is \"0.12 USD\"; expected a decimal number written as a string, "
            + "such as \"0.0125\" [pattern]";
    static final String REGION_LINE = "38:13: /region: region is not a documented member [unknown-property, warning]";

    @Test
    void a_response_without_errors_conforms_even_with_warnings() {
        assertThatRun(QUEUED).conformsTo("runflow-v1").conformsToDetectedSchema().hasNoWarnings();
        assertThatRun(DRIFTED.replace("\"0.12 USD\"", "\"0.12\"")).conformsTo("runflow-v1");
    }

    @Test
    void a_response_that_does_not_conform_fails_with_every_violation() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).conformsTo("runflow-v1"))
                .withMessage(String.format("%nExpecting run response:%n  %s%nto conform to schema:%n  \"runflow-v1\"%n"
                        + "but found 1 error and 1 warning:%n  %s%n  %s", DRIFTED_EXCERPT, COST_LINE, REGION_LINE));
    }

    @Test
    void the_description_names_the_response() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).as("run 42 from staging").conformsTo("runflow-v1"))
                .withMessageStartingWith(String.format("[run 42 from staging] %nExpecting run response:"));
    }

    @Test
    void the_detected_schema_is_named_and_a_shape_no_schema_fits_fails() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).conformsToDetectedSchema())
                .withMessageContaining(String.format("to conform to schema:%n  \"runflow-v1\" (detected by shape)%n"));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun("{\"hello\": \"world\"}").conformsToDetectedSchema())
                .withMessage(String.format("%nExpecting run response:%n  {\"hello\": \"world\"}%nto conform to schema:%n"
                        + "  auto (no bundled schema fits)%nbut found 1 error:%n"
                        + "  1:1: (document): cannot tell which schema this document follows; "
                        + ViolationLines.SCHEMA_ADVICE + " [undetected-schema]"));
    }

    @Test
    void warnings_fail_only_the_no_warnings_assertion() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED.replace("\"0.12 USD\"", "\"0.12\"")).conformsTo("runflow-v1")
                        .hasNoWarnings())
                .withMessage(String.format("%nExpecting run response:%n  %s%nto have no warnings against schema:%n"
                        + "  \"runflow-v1\"%nbut found 1 warning:%n  %s", DRIFTED_EXCERPT, REGION_LINE));
    }

    @Test
    void a_violation_is_found_by_pointer_and_rule() {
        assertThatRun(DRIFTED).usingSchema("runflow-v1")
                .hasViolation("/cost", "pattern")
                .hasViolation("/region", Rule.UNKNOWN_PROPERTY);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).usingSchema("runflow-v1").hasViolation("/status_code", "enum"))
                .withMessage(String.format("%nExpecting run response:%n  %s%nto have a violation:%n  /status_code [enum]%n"
                        + "against schema:%n  \"runflow-v1\"%nbut found only:%n  %s%n  %s", DRIFTED_EXCERPT, COST_LINE, REGION_LINE));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(QUEUED).hasViolation("", "malformed-json"))
                .withMessageEndingWith(String.format("to have a violation:%n  (document) [malformed-json]%nagainst schema:%n"
                        + "  \"runflow-v1\" (detected by shape)%nbut found none"));
    }

    @Test
    void navigates_into_the_violations_for_any_list_assertion() {
        assertThatRun(DRIFTED).usingSchema("runflow-v1").violations()
                .extracting(Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple("/cost", 18, 11),
                        tuple("/region", 38, 13));

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).usingSchema("runflow-v1").violations().isEmpty())
                .withMessageStartingWith("[violations of " + DRIFTED_EXCERPT + " against runflow-v1] ");
    }

    @Test
    void a_test_that_proves_drift_is_caught_needs_no_assertThatThrownBy() {
        assertThatRun(DRIFTED).doesNotConformTo("runflow-v1").hasViolation("/cost", "pattern");
        assertThatRun(DRIFTED).doesNotConformTo("runflow-v1", "/cost", "pattern");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(QUEUED).doesNotConformTo("runflow-v1"))
                .withMessage(String.format("%nExpecting run response:%n  %s%nnot to conform to schema:%n"
                        + "  \"runflow-v1\"%nbut it has no error", RunDocument.of(QUEUED)));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(DRIFTED).doesNotConformTo("runflow-v1", "/status_code", "enum"))
                .withMessageContaining("/status_code");
    }

    @Test
    void a_severity_policy_changes_what_conforms() {
        String withUnknownMember = DRIFTED.replace("\"0.12 USD\"", "\"0.12\"");

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(withUnknownMember).usingPolicy(SeverityPolicy.defaults().strict(true))
                        .conformsTo("runflow-v1"))
                .withMessageEndingWith(String.format("but found 1 error:%n  "
                        + "38:13: /region: region is not a documented member [unknown-property]"));
        assertThatRun(DRIFTED).usingPolicy(SeverityPolicy.defaults().with("pattern=info")).conformsTo("runflow-v1");
    }

    @Test
    void takes_bytes_files_json_trees_and_http_responses() throws Exception {
        assertThatRun(Recordings.bytes("runflow-v1/queued.json")).conformsTo("runflow-v1");
        Path file = Recordings.folder().resolve("runflow-v1/drifted.json");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun(file).conformsTo("runflow-v1"))
                .withMessageStartingWith(String.format("%nExpecting run response:%n  %s%n", file));
        var jackson3Tree = JsonMapper.builder().build().readTree(DRIFTED);
        var jackson2Tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(DRIFTED);
        var expected = new org.assertj.core.groups.Tuple[] {
                tuple("/cost", "1:" + (jackson3Tree.toString().indexOf("\"0.12 USD\"") + 1)),
                tuple("/region", "1:" + (jackson3Tree.toString().indexOf("\"eu-west\"") + 1))};
        assertThatRun(jackson3Tree).usingSchema("runflow-v1").violations()
                .extracting(Violation::pointer, Violation::position).containsExactly(expected);
        assertThatRun(jackson2Tree).usingSchema("runflow-v1").violations()
                .extracting(Violation::pointer, Violation::position).containsExactly(expected);
        assertThatIllegalArgumentException().isThrownBy(() -> assertThatRun(Integer.valueOf(7)))
                .withMessage("expected a Jackson tree, com.fasterxml.jackson.databind.JsonNode (Jackson 2) or "
                        + "tools.jackson.databind.JsonNode (Jackson 3), but got java.lang.Integer");
        try (FakeProvider provider = FakeProvider.start()
                .serveFolder(Route.COMFYDEPLOY_V2, Path.of("src/test/resources/recordings/comfydeploy-v2"))) {
            URI drifted = provider.address(Route.COMFYDEPLOY_V2, "drifted");
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(drifted).build(), BodyHandlers.ofString());
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThatRun(response).conformsTo("comfydeploy-v2"))
                    .withMessageStartingWith(String.format("%nExpecting run response:%n  GET %s (HTTP 200)%n", drifted));
        }
    }

    @Test
    void an_unknown_schema_id_or_rule_is_a_usage_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatRun(QUEUED).conformsTo("runflow-v2"))
                .withMessage("unknown schema id 'runflow-v2'; known ids: comfydeploy-v1-ts, comfydeploy-v1, comfydeploy-v2, "
                        + "comfydeploy-v2-error, runflow-v1, comfydeploy-v1-webhook, comfydeploy-v2-webhook, runflow-callback (or auto)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatRun(QUEUED).hasViolation("/cost", "decimal"))
                .withMessageStartingWith("unknown rule 'decimal'; expected one of required, null, type, enum");
    }

    @Test
    void a_null_response_fails_like_any_assertj_assertion() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRun((String) null).conformsTo("runflow-v1"))
                .withMessage(String.format("%nExpecting actual not to be null"));
    }

    @Test
    void the_assertions_share_one_validator_per_policy() {
        assertThat(RunValidators.of(SeverityPolicy.defaults().strict(true), Limits.defaults()))
                .isSameAs(RunValidators.of(SeverityPolicy.defaults().with("unknown-property=error"), Limits.defaults()));
    }
}
