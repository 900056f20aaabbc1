package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.internal.ViolationText;
import dev.runspec.pact.PactChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.runspec.shaded.jackson.databind.JsonNode;

/** {@code runspec pact}: the pact module's drifted V2, V3 and V4 files, reported like any other input. */
class PactCommandTests {

    private static final String DRIFTED = "../pact/src/test/resources/pacts/drifted";

    @TempDir
    Path dir;

    @Test
    void drifted_pact_files_fail_with_every_finding_on_a_linkable_line() {
        Outcome outcome = runspec("pact", DRIFTED);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).contains(
                checkerLine("v2-billing-comfydeploy.json", "/status"),
                checkerLine("v4-studio-runflow.json", "/cost"));
        assertThat(checkerLine("v4-studio-runflow.json", "/cost")).startsWith(DRIFTED + "/v4-studio-runflow.json#a succeeded run"
                + " with node costs (given run 0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a has succeeded):30:23: /cost: ")
                .endsWith(" [loose-matcher, warning]");
        assertThat(outcome.outLines()).last().asString().isEqualTo("4 inputs: 2 conform, 2 do not (2 errors, 9 warnings, 3 info)");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void the_json_report_names_each_interaction_and_its_schema() {
        Outcome outcome = runspec("pact", "--format", "json", DRIFTED + "/v3-dashboard-comfydeploy.json");

        List<JsonNode> results = ReportJson.results(outcome.out());
        assertThat(results).extracting(r -> r.get("input").asString()).containsExactly(
                DRIFTED + "/v3-dashboard-comfydeploy.json#a successful v2 run with one image"
                        + " (given run 45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6 has succeeded)",
                DRIFTED + "/v3-dashboard-comfydeploy.json#a run id that is not a uuid");
        assertThat(results).extracting(r -> r.get("schema").asString()).containsExactly("comfydeploy-v2", "comfydeploy-v2-error");
        assertThat(outcome.status()).isZero();
    }

    @Test
    void severities_and_fail_on_work_as_for_validate() {
        String v4 = DRIFTED + "/v4-studio-runflow.json";

        assertThat(runspec("pact", "--severity", "enum=warning", v4).status()).isZero();
        assertThat(runspec("pact", "--severity", "enum=warning", "--fail-on", "warning", v4).status()).isEqualTo(1);
        assertThat(runspec("pact", "--severity", "loose-matcher=error", v4).outLines()).last().asString()
                .isEqualTo("1 input: 0 conform, 1 does not (5 errors, 0 warnings)");
    }

    @Test
    void a_mapping_sends_other_paths_to_a_schema() throws Exception {
        Path pact = Files.writeString(dir.resolve("pact.json"), """
                {"consumer": {"name": "c"}, "provider": {"name": "runflow-gateway"},
                 "interactions": [{"description": "a run through the gateway",
                   "request": {"method": "GET", "path": "/gateway/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a"},
                   "response": {"status": 200, "body": {"id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a", "status_code": "done"}}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        Outcome unmapped = Invocation.in(dir).run("pact", "pact.json");
        Outcome mapped = Invocation.in(dir).run("pact", "--map", "GET /gateway/runs/{id}=runflow-v1", "pact.json");

        assertThat(unmapped.status()).isZero();
        assertThat(unmapped.outLines()).first().asString().startsWith("pact.json:1:1: (document): no interaction in this pact"
                + " fetches a run, so nothing was checked").endsWith("[undetected-schema, info]");
        assertThat(mapped.status()).isEqualTo(1);
        assertThat(mapped.outLines()).first().asString().startsWith("pact.json#a run through the gateway:4:").contains("[enum]");
        assertThat(pact).exists();
    }

    @Test
    void a_bad_mapping_standard_input_or_missing_file_is_a_usage_error_in_one_line() {
        Outcome badMapping = runspec("pact", "--map", "/runs/{id}=runflow-v1", DRIFTED);
        Outcome unknownSchema = runspec("pact", "--map", "GET /runs/{id}=runflow-v9", DRIFTED);
        Outcome standardInput = runspec("pact", "-");
        Outcome missing = runspec("pact", "no-such.json");

        assertThat(List.of(badMapping, unknownSchema, standardInput, missing)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(2);
            assertThat(o.errLines()).hasSize(1);
            assertThat(o.out()).isEmpty();
        });
        assertThat(badMapping.errLines().get(0)).isEqualTo("runspec pact: --map: mapping '/runs/{id}=runflow-v1' is not of the"
                + " form METHOD /path/{id}[?param=] [STATUS]=schema-id, for example GET /v1/runs/{id}=runflow-v1,"
                + " or message:TEXT=schema-id for messages (see 'runspec pact --help')");
        assertThat(unknownSchema.errLines().get(0)).contains("runflow-v9");
        assertThat(standardInput.errLines().get(0)).startsWith("runspec pact: pact reads pact files, not standard input (-)");
        assertThat(missing.errLines().get(0)).startsWith("runspec pact: no such file or folder: no-such.json");
    }

    @Test
    void the_command_is_listed_in_the_help() {
        assertThat(runspec("--help").out()).contains("pact");
        assertThat(runspec("pact", "--help").out()).contains("--map=MAPPING", "GET /v1/runs/{id}", "runflow-v1");
    }

    /** The text line of the checker's finding at {@code pointer} in a drifted pact file (its words are pinned in the pact module). */
    private static String checkerLine(String file, String pointer) {
        return PactChecker.builder().build().check(Path.of(DRIFTED, file), DRIFTED + "/" + file).stream()
                .flatMap(r -> r.result().violations().stream().filter(v -> v.pointer().equals(pointer))
                        .map(v -> ViolationText.of(r.input(), r.line(), v, false)))
                .findFirst().orElseThrow();
    }
}
