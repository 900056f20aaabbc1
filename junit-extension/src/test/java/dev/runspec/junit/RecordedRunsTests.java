package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.runspec.core.FailOn;
import dev.runspec.core.Severity;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;

/** {@link RecordedRuns} on the real Jupiter engine: one invocation per recording, stale recordings fail their own. */
class RecordedRunsTests {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final List<Path> PATHS = new CopyOnWriteArrayList<>();

    @Test
    void makes_one_invocation_per_file_named_after_the_file() {
        ExampleRun run = ExampleRun.of(ComfyDeployFolder.class);

        assertThat(run.passed()).containsExactly("[2] not-started.json", "[3] running.json", "[4] success-with-outputs.json");
        assertThat(run.failures()).containsOnlyKeys("[1] drifted.json");
    }

    @Test
    void fails_a_stale_fixture_in_its_own_invocation_before_the_body_runs() {
        SEEN.clear();
        ExampleRun run = ExampleRun.of(ComfyDeployFolder.class);

        assertThat(SEEN).containsExactlyInAnyOrder("not-started", "running", "success");
        assertThat(run.failures()).containsExactly(entry("[1] drifted.json", String.format(
                "%nExpecting recorded run:%n"
                        + "  classpath:recordings/comfydeploy-v2/drifted.json%n"
                        + "to conform to schema:%n"
                        + "  \"comfydeploy-v2\"%n"
                        + "but found 2 errors and 1 warning:%n"
                        + "  13:13: /status: status is \"done\", which is not among the documented values not-started, running, "
                        + "uploading, success, failed, started, queued, timeout, cancelled [unknown-value, warning]%n"
                        + "  15:17: /created_at: created_at is null; expected a string [null]%n"
                        + "  27:15: /progress: progress is a string (\"57%%\"); expected a number [type]%n"
                        + "Record it again from the provider; if the provider changed, update the client and the schema, "
                        + "then the recording.")));
    }

    @Test
    void hands_each_fixture_over_as_text_bytes_a_path_or_a_json_tree() {
        ExampleRun run = ExampleRun.of(EveryForm.class);

        assertThat(run.passed()).containsExactly(
                "[2] queued.json", "[2] queued.json", "[2] queued.json", "[2] queued.json", "[2] queued.json",
                "[3] succeeded-with-model.json", "[3] succeeded-with-model.json", "[3] succeeded-with-model.json",
                "[3] succeeded-with-model.json", "[3] succeeded-with-model.json");
        assertThat(run.failures()).hasSize(1).containsKey("[1] drifted.json");
        assertThat(run.failureCount()).isEqualTo(5);
    }

    @Test
    void an_ndjson_fixture_is_one_invocation_per_line_named_file_colon_line() {
        ExampleRun run = ExampleRun.of(PollLog.class);

        assertThat(run.passed()).containsExactly("[1] polling.ndjson:1", "[1] polling.ndjson:1",
                "[2] polling.ndjson:2", "[2] polling.ndjson:2");
        assertThat(run.failures()).containsOnlyKeys("[3] polling.ndjson:4");
        assertThat(run.failures().get("[3] polling.ndjson:4")).contains("classpath:recordings/polls/polling.ndjson:4")
                .contains("/status_code: status_code is \"done\"");
        assertThat(run.failureCount()).isEqualTo(2);
    }

    @Test
    void a_glob_reaches_into_folders_and_names_fixtures_by_their_path_below_it() {
        ExampleRun run = ExampleRun.of(EveryRecording.class);

        assertThat(run.passed()).containsExactly("[3] comfydeploy-v2/not-started.json", "[4] comfydeploy-v2/running.json",
                "[5] comfydeploy-v2/success-with-outputs.json", "[7] runflow-v1/queued.json",
                "[8] runflow-v1/succeeded-with-model.json");
        assertThat(run.failures()).containsOnlyKeys("[1] broken/cut-off.json", "[2] comfydeploy-v2/drifted.json",
                "[6] runflow-v1/drifted.json");
        assertThat(run.failures().get("[1] broken/cut-off.json")).contains(String.format(
                "  classpath:recordings/broken/cut-off.json%nto conform to schema:%n  auto (no bundled schema fits)%n"
                        + "but found 1 error:%n  3:23: (document): not valid JSON"));
        assertThat(run.failures().get("[6] runflow-v1/drifted.json")).contains("  \"runflow-v1\" (detected by shape)");
    }

    @Test
    void reads_folders_globs_and_single_files_from_the_file_system_too() {
        ExampleRun run = ExampleRun.of(FileSystemRecordings.class);

        assertThat(run.passed()).containsExactly("[1] runflow-v1/queued.json", "[2] queued.json",
                "[3] succeeded-with-model.json");
        assertThat(run.failures()).containsOnlyKeys("[1] drifted.json");
        assertThat(run.failures().get("[1] drifted.json"))
                .contains("  " + Path.of("src/test/resources/recordings/runflow-v1/drifted.json") + "%n".formatted());
    }

    @Test
    void reads_recordings_packed_in_a_jar_and_closes_the_jar_after_the_test(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("recordings.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("packed-runs/"));
            out.closeEntry();
            for (String name : List.of("queued.json", "drifted.json")) {
                out.putNextEntry(new JarEntry("packed-runs/" + name));
                out.write(Recordings.bytes("runflow-v1/" + name));
                out.closeEntry();
            }
        }
        PATHS.clear();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        ExampleRun run;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, original)) {
            Thread.currentThread().setContextClassLoader(loader);
            run = ExampleRun.of(PackedRecordings.class);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }

        assertThat(run.passed()).containsExactly("[2] queued.json");
        assertThat(run.failures().get("[1] drifted.json")).contains("  classpath:packed-runs/drifted.json%n".formatted());
        assertThat(PATHS).singleElement().satisfies(path -> assertThatThrownBy(() -> Files.readString(path))
                .isInstanceOf(ClosedFileSystemException.class));
    }

    @Test
    void takes_a_single_file_and_several_locations_at_once() {
        ExampleRun run = ExampleRun.of(SeveralLocations.class);

        assertThat(run.passed()).containsExactly("[1] queued.json", "[1] queued.json", "[2] running.json");
    }

    @Test
    void fails_on_warnings_and_unknown_members_only_when_asked_to() {
        ExampleRun run = ExampleRun.of(Thresholds.class);

        assertThat(run.failureCount()).isEqualTo(2);
        assertThat(run.passed()).containsExactly("[1] drifted.json", "[2] queued.json", "[2] queued.json", "[2] queued.json",
                "[3] succeeded-with-model.json", "[3] succeeded-with-model.json", "[3] succeeded-with-model.json");
        assertThat(run.failureMessages()).satisfiesExactlyInAnyOrder(
                strict -> assertThat(strict).contains(String.format("  \"runflow-v1\"%nbut found 1 error and 1 warning:%n"
                        + "  18:11: /cost: cost is \"0.12 USD\"; expected a decimal number written as a string, such as "
                        + "\"0.0125\" [pattern, warning]%n"
                        + "  38:13: /region: region is not a documented member [unknown-property]%n")),
                onWarnings -> assertThat(onWarnings).contains(String.format("  \"runflow-v1\"%nwith no errors or warnings%n"
                        + "but found 2 warnings:%n")));
    }

    @Test
    void a_fixture_that_is_not_json_never_reaches_a_json_tree_parameter() {
        SEEN.clear();
        ExampleRun run = ExampleRun.of(LenientAboutMalformedJson.class);

        assertThat(SEEN).isEmpty();
        assertThat(run.failures()).containsOnlyKeys("[1] cut-off.json");
        assertThat(run.failures().get("[1] cut-off.json")).contains("[malformed-json, warning]");
    }

    @Test
    void a_location_that_matches_nothing_is_a_configuration_error() {
        ExampleRun run = ExampleRun.of(NothingThere.class);

        assertThat(run.containerFailures().values()).containsExactlyInAnyOrder(
                "Configuration error: @RecordedRuns on [" + NothingThere.class.getName() + "#fromTheClassPath]: "
                        + "[classpath:recordings/nowhere/*.json] matches no file; it is looked up on the class path; "
                        + "drop the classpath: prefix for a file-system path",
                "Configuration error: @RecordedRuns on [" + NothingThere.class.getName() + "#fromTheFileSystem]: "
                        + "[recordings/*.json] matches no file; file-system paths are relative to the working directory, "
                        + Path.of("").toAbsolutePath() + "; prefix classpath: to look on the class path");
    }

    @Test
    void a_parameter_that_cannot_take_a_fixture_is_a_configuration_error() {
        ExampleRun run = ExampleRun.of(WrongParameters.class);

        assertThat(run.containerFailures().values()).containsExactlyInAnyOrder(
                "Configuration error: @RecordedRuns on [" + WrongParameters.class.getName() + "#takesAnInteger]: the first parameter "
                        + "takes each fixture and must be a String, byte[], java.nio.file.Path or "
                        + "a JsonNode of Jackson 2 or 3, but was java.lang.Integer",
                "Configuration error: @RecordedRuns on [" + WrongParameters.class.getName() + "#takesNothing]: declare a parameter to take each "
                        + "fixture: a String, byte[], java.nio.file.Path or a JsonNode of Jackson 2 or 3",
                "Configuration error: @RecordedRuns on [" + WrongParameters.class.getName() + "#namesAnUnknownSchema]: schema: unknown "
                        + "schema id 'runflow-v2'; known ids: comfydeploy-v1-ts, comfydeploy-v1, comfydeploy-v2, "
                        + "comfydeploy-v2-error, runflow-v1, comfydeploy-v1-webhook, comfydeploy-v2-webhook, runflow-callback (or auto)");
    }

    static class ComfyDeployFolder {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/comfydeploy-v2", schema = "comfydeploy-v2")
        void parses(JsonNode run) {
            SEEN.add(run.get("status").asString());
        }
    }

    static class PollLog {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/polls", schema = "runflow-v1")
        void asText(String poll) {
            assertThat(poll).startsWith("{").doesNotContain("\n");
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/polls", schema = "runflow-v1")
        void asJsonTree(JsonNode poll) {
            assertThat(poll.get("id").asString()).hasSize(36);
        }
    }

    static class EveryForm {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1")
        void asText(String run) {
            assertThat(run).startsWith("{").contains("\"status_code\"");
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1")
        void asBytes(byte[] run) {
            assertThat(run[0]).isEqualTo((byte) '{');
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1")
        void asPath(Path run) throws Exception {
            assertThat(run.getFileName().toString()).endsWith(".json");
            assertThat(Files.readString(run)).contains("\"status_code\"");
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1")
        void asJsonTree(JsonNode run) {
            assertThat(run.get("id").asString()).hasSize(36);
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1")
        void asJackson2Tree(com.fasterxml.jackson.databind.JsonNode run) {
            assertThat(run.get("id").asText()).hasSize(36);
        }
    }

    static class EveryRecording {

        @ParameterizedTest
        @RecordedRuns("classpath:recordings/**/*.json")
        void conforms(String run) {
        }
    }

    static class FileSystemRecordings {

        @ParameterizedTest
        @RecordedRuns(value = "src/test/resources/recordings/runflow-v1", schema = "runflow-v1")
        void fromAFolder(Path run) {
        }

        @ParameterizedTest
        @RecordedRuns(value = "src/test/resources/recordings/**/q*.json", schema = "runflow-v1")
        void fromAGlob(Path run) {
        }
    }

    static class PackedRecordings {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:packed-runs", schema = "runflow-v1")
        void readsFromTheJar(Path run) throws Exception {
            assertThat(Files.readString(run)).contains("\"status_code\": \"queued\"");
            PATHS.add(run);
        }
    }

    static class SeveralLocations {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1/queued.json", schema = "runflow-v1")
        void fromOneFile(String run) {
        }

        @ParameterizedTest
        @RecordedRuns({"classpath:recordings/runflow-v1/queued.json", "classpath:recordings/comfydeploy-v2/running.json"})
        void fromTwoPlaces(String run) {
        }
    }

    static class Thresholds {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1", severities = "pattern=warning")
        void toleratingPatterns(String run) {
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1", severities = "pattern=warning",
                strict = true)
        void strictlyToleratingPatterns(String run) {
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v1", severities = "pattern=warning",
                failOn = FailOn.WARNING)
        void failingOnWarnings(String run) {
        }
    }

    static class LenientAboutMalformedJson {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/broken", severities = "malformed-json=warning")
        void parses(JsonNode run) {
            SEEN.add(run.toString());
        }
    }

    static class NothingThere {

        @ParameterizedTest
        @RecordedRuns("classpath:recordings/nowhere/*.json")
        void fromTheClassPath(String run) {
        }

        @ParameterizedTest
        @RecordedRuns("recordings/*.json")
        void fromTheFileSystem(String run) {
        }
    }

    static class WrongParameters {

        @ParameterizedTest
        @RecordedRuns("classpath:recordings/runflow-v1")
        void takesAnInteger(Integer run) {
        }

        @ParameterizedTest
        @RecordedRuns("classpath:recordings/runflow-v1")
        void takesNothing() {
        }

        @ParameterizedTest
        @RecordedRuns(value = "classpath:recordings/runflow-v1", schema = "runflow-v2")
        void namesAnUnknownSchema(String run) {
        }
    }
}
