package dev.runspec.core.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WireMock stub mapping files as inputs: each stub that serves a run is checked as the body it would serve. */
class StubMappingCheckerTests {

    static final Path ROOT = root();
    static final Path RUNS = ROOT.resolve("mappings/runs.json");

    final StubMappingChecker checker = StubMappingChecker.create();

    @Test
    void each_stub_that_serves_a_run_is_one_input_named_after_the_file_and_the_stub() {
        List<InputResult> results = checker.check(RUNS, "mappings/runs.json");

        assertThat(results).extracting(InputResult::input).containsExactly(
                "mappings/runs.json#queued run",
                "mappings/runs.json#drifted run",
                "mappings/runs.json#8c5db8b0-2db4-4ad7-a99f-38c9b00da3f7",
                "mappings/runs.json#3",
                "mappings/runs.json#run from a file",
                "mappings/runs.json#drifted run from a file",
                "mappings/runs.json#templated run",
                "mappings/runs.json#html page",
                "mappings/runs.json#invalid run id");
        Map<String, String> schemas = results.stream()
                .collect(Collectors.toMap(r -> r.input().substring(r.input().indexOf('#') + 1), r -> r.result().schemaId()));
        assertThat(schemas).containsEntry("queued run", "runflow-v1")
                .containsEntry("3", "comfydeploy-v2")
                .containsEntry("run from a file", "comfydeploy-v2")
                .containsEntry("invalid run id", "comfydeploy-v2-error");
    }

    @Test
    void conforming_bodies_of_every_kind_have_no_violations() {
        Map<String, InputResult> byName = byName(checker.check(RUNS, "runs.json"));

        for (String conforming : List.of("queued run", "8c5db8b0-2db4-4ad7-a99f-38c9b00da3f7", "run from a file", "invalid run id")) {
            assertThat(byName.get("runs.json#" + conforming).result().violations()).as(conforming).isEmpty();
        }
    }

    @Test
    void a_drifted_json_body_is_placed_on_its_line_in_the_mapping_file() throws IOException {
        Violation violation = only(byName(checker.check(RUNS, "runs.json")).get("runs.json#drifted run"));

        assertThat(violation.rule()).isEqualTo(Rule.ENUM);
        assertThat(violation.pointer()).isEqualTo("/status_code");
        assertThat(violation.position()).isEqualTo(positionOf(RUNS, "\"done\""));
    }

    @Test
    void a_drifted_body_string_is_placed_on_the_string_in_the_mapping_file() throws IOException {
        Violation violation = only(byName(checker.check(RUNS, "runs.json")).get("runs.json#3"));

        assertThat(violation.rule()).isEqualTo(Rule.TYPE);
        assertThat(violation.pointer()).isEqualTo("/progress");
        int line = lineOf(RUNS, "string-[0-9]+") + 7;
        assertThat(Files.readAllLines(RUNS).get(line - 1)).contains("\"body\": \"{");
        assertThat(violation.line()).isEqualTo(line);
    }

    @Test
    void a_drifted_body_file_is_placed_in_that_file_and_each_violation_names_it() throws IOException {
        Violation violation = only(byName(checker.check(RUNS, "wiremock/mappings/runs.json"))
                .get("wiremock/mappings/runs.json#drifted run from a file"));

        assertThat(violation.rule()).isEqualTo(Rule.TYPE);
        assertThat(violation.position()).isEqualTo(positionOf(ROOT.resolve("__files/runs/comfydeploy-v2-drifted.json"), "\"57%\""));
        assertThat(violation.related()).singleElement().satisfies(place -> {
            assertThat(place.input()).isEqualTo("wiremock/__files/runs/comfydeploy-v2-drifted.json");
            assertThat(place.position()).isEqualTo(violation.position());
        });
        assertThat(violation.toString()).contains("wiremock/__files/runs/comfydeploy-v2-drifted.json:27:15");
    }

    @Test
    void templated_and_non_json_bodies_are_noted_as_not_checked_with_the_reason() {
        Map<String, InputResult> byName = byName(checker.check(RUNS, "runs.json"));

        Violation templated = only(byName.get("runs.json#templated run"));
        assertThat(templated.rule()).isEqualTo(Rule.UNDETECTED_SCHEMA);
        assertThat(templated.severity()).isEqualTo(Severity.INFO);
        assertThat(templated.message()).contains("response-template").contains("not checked against comfydeploy-v2");
        Violation html = only(byName.get("runs.json#html page"));
        assertThat(html.severity()).isEqualTo(Severity.INFO);
        assertThat(html.message()).isEqualTo("the stub serves text/html, not JSON, so its body is not checked against runflow-v1");
    }

    @Test
    void the_served_body_is_handed_on_with_the_verdict() {
        List<StubVerdict> stubs = checker.stubs(RUNS, "runs.json");

        assertThat(stubs.get(0).servedBody()).hasValueSatisfying(body -> assertThat(body).startsWith("{\"id\":\"0196f1d2"));
        assertThat(stubs.get(4).servedBody()).hasValueSatisfying(body -> assertThat(body).contains("\"status\":\"running\""));
        assertThat(stubs.get(6).servedBody()).isEmpty();
    }

    @Test
    void a_file_whose_stubs_serve_no_run_gets_one_info_line() {
        List<InputResult> results = checker.check(ROOT.resolve("mappings/health.json"), "health.json");

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("health.json");
            assertThat(only(result).severity()).isEqualTo(Severity.INFO);
            assertThat(only(result).message()).startsWith("no stub in this file serves a run, so nothing was checked (mappings: GET /run/{id}=comfydeploy-v2");
        });
    }

    @Test
    void a_single_stub_file_with_a_path_regex_is_checked() {
        assertThat(checker.check(ROOT.resolve("mappings/single-runflow.json"), "single.json")).singleElement().satisfies(result -> {
            assertThat(result.input()).isEqualTo("single.json#runflow queued");
            assertThat(result.result().schemaId()).isEqualTo("runflow-v1");
            assertThat(result.result().violations()).isEmpty();
        });
    }

    @Test
    void a_mapping_maps_stubs_under_another_path_before_the_defaults(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("mappings/gateway.json"), "{\"request\":{\"method\":\"ANY\",\"urlPathTemplate\":\"/gateway/jobs/{id}\"},"
                + "\"response\":{\"jsonBody\":{\"status_code\":\"done\"}}}");

        assertThat(checker.check(file, "g.json")).singleElement().satisfies(r -> assertThat(r.result().schemaId()).isEqualTo("wiremock"));
        List<InputResult> mapped = StubMappingChecker.builder().map("GET /gateway/jobs/{id}=runflow-v1").build().check(file, "g.json");
        assertThat(mapped).singleElement().satisfies(r -> {
            assertThat(r.input()).isEqualTo("g.json#0");
            assertThat(r.result().violations()).extracting(Violation::rule).contains(Rule.REQUIRED, Rule.ENUM);
        });
    }

    @Test
    void query_parameters_of_a_url_or_of_the_stub_map_to_comfydeploy_v1(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("mappings/v1.json"), "{\"mappings\":["
                + "{\"request\":{\"url\":\"/api/run?run_id=42\"},\"response\":{\"jsonBody\":{}}},"
                + "{\"request\":{\"urlPath\":\"/api/run\",\"queryParameters\":{\"run_id\":{\"matches\":\".+\"}}},\"response\":{\"jsonBody\":{}}},"
                + "{\"request\":{\"urlPattern\":\"/api/run\\\\?run_id=.*\"},\"response\":{\"jsonBody\":{}}},"
                + "{\"request\":{\"urlPath\":\"/api/run\"},\"response\":{\"jsonBody\":{}}}]}");

        assertThat(checker.check(file, "v1.json")).extracting(r -> r.input() + " " + r.result().schemaId())
                .containsExactly("v1.json#0 comfydeploy-v1", "v1.json#1 comfydeploy-v1", "v1.json#2 comfydeploy-v1");
    }

    @Test
    void a_malformed_mapping_file_is_one_line_with_its_position(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("broken.json"), "{\"request\": {\"url\": \"/v1/runs/1\"},\n \"response\": {\"jsonBody\": {]}}");

        assertThat(checker.check(file, "broken.json")).singleElement().satisfies(result -> {
            assertThat(result.result().schemaId()).isEqualTo(StubMappingChecker.STUB_FILE);
            Violation violation = only(result);
            assertThat(violation.rule()).isEqualTo(Rule.MALFORMED_JSON);
            assertThat(violation.position()).isEqualTo("2:28");
            assertThat(violation.message()).doesNotContain("\n");
        });
    }

    @Test
    void json_that_is_no_stub_mapping_is_refused_in_one_line(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("run.json"), "{\"id\": \"x\"}");

        assertThat(only(checker.check(file, "run.json").get(0)).message())
                .isEqualTo("not a WireMock stub mapping: it has neither \"request\" and \"response\" objects nor a \"mappings\" array");
        assertThat(only(checker.check(dir.resolve("missing.json"), "missing.json").get(0)).message()).isEqualTo("no such file");
    }

    @Test
    void a_body_file_that_is_missing_or_leads_out_of_the_files_folder_is_an_error_on_the_stub(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("__files"));
        write(dir.resolve("secret.json"), "{}");
        Path file = write(dir.resolve("mappings/files.json"), "{\"mappings\":["
                + "{\"name\":\"missing\",\"request\":{\"urlPath\":\"/v1/runs/1\"},\"response\":{\"bodyFileName\":\"nope.json\"}},"
                + "{\"name\":\"escape\",\"request\":{\"urlPath\":\"/v1/runs/2\"},\"response\":{\"bodyFileName\":\"../secret.json\"}}]}");

        Map<String, InputResult> byName = byName(checker.check(file, "mappings/files.json"));
        assertThat(only(byName.get("mappings/files.json#missing")).message())
                .isEqualTo("the body file __files/nope.json cannot be read: no such file");
        assertThat(only(byName.get("mappings/files.json#escape")).message())
                .isEqualTo("bodyFileName '../secret.json' leads out of __files");
        assertThat(only(byName.get("mappings/files.json#escape")).line()).isEqualTo(1);
    }

    @Test
    void a_duplicate_key_inside_a_json_body_is_reported_on_its_stub(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("dup.json"), "{\"request\":{\"urlPath\":\"/v1/runs/1\"},\"response\":{\"jsonBody\":"
                + "{\"id\":\"a\",\"id\":\"b\"}}}");

        List<InputResult> results = checker.check(file, "dup.json");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).result().violations()).extracting(Violation::rule).contains(Rule.DUPLICATE_KEY);
    }

    @Test
    void an_unknown_schema_in_a_mapping_is_refused_when_the_checker_is_built() {
        assertThatThrownBy(() -> StubMappingChecker.builder().map("GET /x/{id}=nope").build()).isInstanceOf(UnknownSchemaException.class);
        assertThatThrownBy(() -> StubMappingChecker.builder().map("/x/{id}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mapping '/x/{id}' is not of the form METHOD /path/{id}");
    }

    @Test
    void the_wiremock_root_and_its_mappings_folder_name_the_same_files() {
        assertThat(StubMappingFiles.mappingsFolder(ROOT)).isEqualTo(ROOT.resolve("mappings"));
        assertThat(StubMappingFiles.mappingsFolder(ROOT.resolve("mappings"))).isEqualTo(ROOT.resolve("mappings"));
        assertThat(StubMappingFiles.filesFolder(RUNS)).isEqualTo(ROOT.resolve("__files").toAbsolutePath().normalize());
    }

    static Map<String, InputResult> byName(List<InputResult> results) {
        return results.stream().collect(Collectors.toMap(InputResult::input, Function.identity()));
    }

    static Violation only(InputResult result) {
        assertThat(result.result().violations()).as(result.input()).hasSize(1);
        return result.result().violations().get(0);
    }

    static String positionOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return (i + 1) + ":" + (column + 1);
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    static int lineOf(Path file, String text) throws IOException {
        return Integer.parseInt(positionOf(file, text).split(":")[0]);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path root() {
        try {
            return Path.of(StubMappingCheckerTests.class.getResource("/wiremock").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
