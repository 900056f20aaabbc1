package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runspec validate --wiremock DIR}: core's WireMock stubs (a root with mappings/ and __files/), reported like any input. */
class WireMockStubsTests {

    private static final String ROOT = "../core/src/test/resources/wiremock";

    @TempDir
    Path dir;

    @Test
    void drifted_stubs_fail_with_each_violation_in_the_mapping_file_or_the_body_file() {
        Outcome outcome = runspec("validate", "--wiremock", ROOT);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).contains(
                ROOT + "/mappings/runs.json#drifted run:83:26: /status_code: status_code is \"done\"; expected one of queued,"
                        + " dispatching, running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]",
                ROOT + "/mappings/runs.json#3:149:17: /progress: progress is a string (\"57%\"); expected a number [type]",
                ROOT + "/mappings/runs.json#drifted run from a file:27:15: /progress: progress is a string (\"57%\"); expected"
                        + " a number (in the body file: " + ROOT + "/__files/runs/comfydeploy-v2-drifted.json:27:15 /progress) [type]");
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).startsWith(ROOT + "/mappings/runs.json#templated run:")
                .contains("not checked against comfydeploy-v2").endsWith("[undetected-schema, info]"));
        assertThat(outcome.outLines()).anySatisfy(line -> assertThat(line).startsWith(ROOT + "/mappings/health.json:1:1: (document):"
                + " no stub in this file serves a run"));
        assertThat(outcome.outLines()).last().asString().isEqualTo("11 inputs: 8 conform, 3 do not (3 errors, 0 warnings, 3 info)");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void the_json_report_names_each_stub_and_its_schema() {
        Outcome outcome = runspec("validate", "--wiremock", ROOT + "/mappings/single-runflow.json", "--format", "json");

        List<JsonNode> results = ReportJson.results(outcome.out());
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.get("input").asString()).isEqualTo(ROOT + "/mappings/single-runflow.json#runflow queued");
            assertThat(result.get("schema").asString()).isEqualTo("runflow-v1");
            assertThat(result.get("valid").asBoolean()).isTrue();
        });
        assertThat(outcome.status()).isZero();
    }

    @Test
    void paths_and_stubs_go_in_one_report() {
        Outcome outcome = runspec("validate", "../core/src/test/resources/conforming/runflow-v1/queued.json",
                "--wiremock", ROOT + "/mappings/single-runflow.json");

        assertThat(outcome.outLines()).last().asString().isEqualTo("2 inputs: 2 conform, 0 do not (0 errors, 0 warnings)");
        assertThat(outcome.status()).isZero();
    }

    @Test
    void a_mapping_maps_stubs_under_another_path(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("mappings"));
        Files.writeString(root.resolve("mappings/gateway.json"), "{\"request\":{\"method\":\"GET\",\"urlPathTemplate\":"
                + "\"/gateway/jobs/{id}\"},\"response\":{\"jsonBody\":{\"id\":\"nope\"}}}");

        assertThat(Invocation.in(root).run("validate", "--wiremock", ".").status()).isZero();
        Outcome mapped = Invocation.in(root).run("validate", "--wiremock", ".", "--map", "GET /gateway/jobs/{id}=runflow-v1");
        assertThat(mapped.status()).isEqualTo(1);
        assertThat(mapped.outLines()).anySatisfy(line -> assertThat(line).startsWith("mappings/gateway.json#0:1:"));
    }

    @Test
    void a_malformed_mapping_file_is_one_line() throws IOException {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/broken.json"), "{\"request\": {\"url\": \"/v1/runs/1\"},\n \"response\": {]}");

        Outcome outcome = Invocation.in(dir).run("validate", "--wiremock", ".");
        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.outLines()).hasSize(2);
        assertThat(outcome.outLines().get(0)).startsWith("mappings/broken.json:2:15: (document): ").endsWith("[malformed-json]");
    }

    @Test
    void a_wiremock_root_named_as_a_path_gets_a_note_pointing_to_the_option() {
        Outcome outcome = runspec("validate", ROOT);

        assertThat(outcome.errLines()).contains("runspec: " + ROOT + " holds a WireMock mappings folder; its stubs are checked"
                + " as the bodies they serve with --wiremock " + ROOT);
    }

    @Test
    void usage_errors_say_what_to_name() {
        Outcome nothing = runspec("validate");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.errLines().get(0)).startsWith("runspec validate: name a PATH to check, or a WireMock root with --wiremock DIR");

        Outcome mapWithoutStubs = runspec("validate", "--map", "GET /x/{id}=runflow-v1", ROOT + "/../seed-examples");
        assertThat(mapWithoutStubs.status()).isEqualTo(2);
        assertThat(mapWithoutStubs.errLines().get(0)).contains("--map maps WireMock stubs to schemas");

        Outcome badMap = runspec("validate", "--wiremock", ROOT, "--map", "/x=runflow-v1");
        assertThat(badMap.status()).isEqualTo(2);
        assertThat(badMap.errLines().get(0)).contains("--map: mapping '/x=runflow-v1' is not of the form");

        Outcome missing = runspec("validate", "--wiremock", "no-such-folder");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.errLines().get(0)).contains("no such file or folder: no-such-folder");
    }
}
