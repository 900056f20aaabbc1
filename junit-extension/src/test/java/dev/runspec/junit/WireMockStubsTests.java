package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;

/** {@link WireMockStubs} on the real Jupiter engine: one invocation per stub that serves a run, drifted stubs fail their own. */
class WireMockStubsTests {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    /** Outside the class path, written by the test that reads it: a root whose only mapping file is malformed. */
    static final String BROKEN_ROOT = "target/wiremock-stubs-tests/broken";

    @Test
    void makes_one_invocation_per_stub_that_serves_a_run_named_file_hash_stub() {
        ExampleRun run = ExampleRun.of(CoreStubs.class);

        assertThat(run.passed()).containsExactly("[1] runs.json#queued run", "[3] runs.json#8c5db8b0-2db4-4ad7-a99f-38c9b00da3f7",
                "[5] runs.json#run from a file", "[7] runs.json#invalid run id", "[8] single-runflow.json#runflow queued");
        assertThat(run.failures()).containsOnlyKeys("[2] runs.json#drifted run", "[4] runs.json#3", "[6] runs.json#drifted run from a file");
    }

    @Test
    void fails_a_drifted_stub_before_the_body_runs_with_every_violation_in_the_mapping_file() {
        SEEN.clear();
        ExampleRun run = ExampleRun.of(CoreStubs.class);

        assertThat(SEEN).hasSize(5).allSatisfy(body -> assertThat(body).startsWith("{"));
        assertThat(run.failures()).contains(entry("[2] runs.json#drifted run", String.format(
                "%nExpecting WireMock stub:%n"
                        + "  classpath:wiremock/mappings/runs.json#drifted run%n"
                        + "to serve a run that conforms to schema:%n"
                        + "  \"runflow-v1\"%n"
                        + "but found 1 error:%n"
                        + "  83:26: /status_code: status_code is \"done\"; expected one of queued, dispatching, running, succeeded,"
                        + " failed, cancelled, canceled, partial_succeeded [enum]%n"
                        + "Fix the stub's body; if the provider changed, update the client and the schema, then the stub.")));
        assertThat(run.failures().get("[6] runs.json#drifted run from a file"))
                .contains("27:15: /progress: progress is a string (\"57%\"); expected a number (in the body file:"
                        + " classpath:wiremock/__files/runs/comfydeploy-v2-drifted.json:27:15 /progress) [type]");
    }

    @Test
    void hands_each_body_over_as_text_bytes_or_a_json_tree_and_maps_more_paths() {
        ExampleRun run = ExampleRun.of(EveryForm.class);

        assertThat(run.passed()).containsExactly("[1] gateway.json#gateway run", "[1] gateway.json#gateway run",
                "[1] gateway.json#gateway run");
    }

    @Test
    void a_malformed_mapping_file_fails_one_invocation_named_after_the_file() throws IOException {
        Path root = Path.of(BROKEN_ROOT);
        Files.createDirectories(root.resolve("mappings"));
        Files.writeString(root.resolve("mappings/broken.json"), "{\"request\": {\"url\": \"/v1/runs/1\"},\n \"response\": {]}",
                StandardCharsets.UTF_8);

        ExampleRun run = ExampleRun.of(BrokenStubs.class);

        assertThat(run.failures()).containsOnlyKeys("[1] broken.json");
        assertThat(run.failures().get("[1] broken.json")).startsWith(String.format("%nExpecting WireMock mapping file:%n  "
                + BROKEN_ROOT + "/mappings/broken.json%nto be a stub mapping runspec can read%nbut found 1 error:%n  2:15: (document): "));
    }

    @Test
    void stubs_that_serve_no_run_and_parameters_that_cannot_take_a_body_are_configuration_errors() {
        ExampleRun run = ExampleRun.of(WrongStubs.class);

        assertThat(run.containerFailures().values()).containsExactlyInAnyOrder(
                "Configuration error: @WireMockStubs on [" + WrongStubs.class.getName() + "#servesNoRun]: no stub in"
                        + " classpath:wiremock/mappings/health.json serves a run (mappings: GET /run/{id} 422=comfydeploy-v2-error,"
                        + " GET /run/{id}=comfydeploy-v2, GET /run?run_id==comfydeploy-v1, GET /v1/runs/{id}=runflow-v1)",
                "Configuration error: @WireMockStubs on [" + WrongStubs.class.getName() + "#takesAPath]: the first parameter takes"
                        + " each stub's body and must be a String, byte[] or a JsonNode of Jackson 2 or 3, not a Path (a stub's body"
                        + " need not be a file)",
                "Configuration error: @WireMockStubs on [" + WrongStubs.class.getName() + "#badMapping]: mappings: mapping"
                        + " '/x=runflow-v1' is not of the form METHOD /path/{id}[?param=] [STATUS]=schema-id, for example"
                        + " GET /v1/runs/{id}=runflow-v1",
                "Configuration error: @WireMockStubs on [" + WrongStubs.class.getName() + "#nothingThere]: [classpath:wiremock/nowhere]"
                        + " holds no WireMock mapping file (*.json), neither in a mappings folder nor in itself");
    }

    static class CoreStubs {
        @ParameterizedTest
        @WireMockStubs("classpath:wiremock")
        void parses_every_stubbed_run(String body) {
            SEEN.add(body);
        }
    }

    static class EveryForm {
        @ParameterizedTest
        @WireMockStubs(value = "classpath:wiremock-gateway/mappings/gateway.json", mappings = "GET /gateway/jobs/{id}=runflow-v1")
        void asText(String body) {
            assertThat(body).contains("\"status_code\":\"queued\"");
        }

        @ParameterizedTest
        @WireMockStubs(value = "classpath:wiremock-gateway", mappings = "GET /gateway/jobs/{id}=runflow-v1")
        void asBytes(byte[] body) {
            assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"status_code\":\"queued\"");
        }

        @ParameterizedTest
        @WireMockStubs(value = "classpath:wiremock-gateway/mappings", mappings = "GET /gateway/jobs/{id}=runflow-v1")
        void asTree(JsonNode body) {
            assertThat(body.get("status_code").asString()).isEqualTo("queued");
        }
    }

    static class BrokenStubs {
        @ParameterizedTest
        @WireMockStubs(BROKEN_ROOT)
        void parses(String body) {
            SEEN.add(body);
        }
    }

    static class WrongStubs {
        @ParameterizedTest
        @WireMockStubs("classpath:wiremock/mappings/health.json")
        void servesNoRun(String body) {
        }

        @ParameterizedTest
        @WireMockStubs("classpath:wiremock")
        void takesAPath(Path body) {
        }

        @ParameterizedTest
        @WireMockStubs(value = "classpath:wiremock", mappings = "/x=runflow-v1")
        void badMapping(String body) {
        }

        @ParameterizedTest
        @WireMockStubs("classpath:wiremock/nowhere")
        void nothingThere(String body) {
        }
    }
}
