package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.runspec.core.FakeProvider;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.ValidationResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@link FakeProvider} serves recorded ComfyDeploy v2 runs on {@code GET /api/run/{run_id}}, one
 * of them drifted; example tests fetch them with {@link HttpClient} under
 * {@link ValidateRunResponse}, and exactly the test that fetched the drifted run fails.
 */
class HttpRecordingTests {

    static FakeProvider provider;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** What a failure prints for the drifted run the provider serves (its words are pinned in RecordedRunsTests). */
    private static final String DRIFTED_LINES = Recordings.violationLines("comfydeploy-v2", "comfydeploy-v2/drifted.json", "    ");

    @BeforeAll
    static void startProvider() throws IOException {
        provider = FakeProvider.start().serveFolder(Route.COMFYDEPLOY_V2, Path.of("src/test/resources/recordings/comfydeploy-v2"));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void fails_exactly_the_test_that_fetched_the_drifted_run() {
        ExampleRun run = ExampleRun.of(PollingClient.class);

        assertThat(run.passed()).containsExactly("fetches_a_finished_run", "fetches_a_queued_run", "fetches_a_running_run");
        assertThat(run.failures()).containsExactly(entry("fetches_a_drifted_run", String.format(
                "%nExpecting every run response the test recorded to conform to schema:%n"
                        + "  \"comfydeploy-v2\"%n"
                        + "but 1 of 1 did not:%n"
                        + "  response 1: GET " + address("drifted") + " (HTTP 200), 2 errors and 1 warning:%n")
                        + DRIFTED_LINES));
    }

    @Test
    void the_body_handler_records_while_the_client_reads_even_asynchronously() {
        ExampleRun run = ExampleRun.of(BodyHandlerClient.class);

        assertThat(run.passed()).containsExactly("polls_until_the_run_has_finished");
        assertThat(run.failures()).containsOnlyKeys("polls_three_runs_at_once");
        assertThat(run.failures().get("polls_three_runs_at_once"))
                .contains("but 1 of 3 did not:%n".formatted())
                .containsPattern("  response \\d: HTTP 200, 2 errors and 1 warning:")
                .contains(Recordings.violationLine("comfydeploy-v2", "comfydeploy-v2/drifted.json", "/progress"));
    }

    @Test
    void the_body_handler_given_the_request_names_it_in_the_failure() {
        ExampleRun run = ExampleRun.of(NamedBodyHandlerClient.class);

        assertThat(run.passed()).containsExactly("reads_the_verdicts_of_what_it_fetched");
        assertThat(run.failures()).containsExactly(entry("fetches_a_drifted_run", String.format(
                "%nExpecting every run response the test recorded to conform to schema:%n"
                        + "  \"comfydeploy-v2\"%n"
                        + "but 1 of 2 did not:%n"
                        + "  response 2: GET " + address("drifted") + " (HTTP 200), 2 errors and 1 warning:%n")
                        + DRIFTED_LINES));
    }

    @Test
    void an_error_body_fails_against_the_run_schema() {
        ExampleRun run = ExampleRun.of(MissingRun.class);

        assertThat(run.failures().get("fetches_a_run_that_does_not_exist"))
                .contains("  response 1: GET " + address("gone") + " (HTTP 404), 25 errors and 1 warning:")
                .contains("    1:1: /id: id is missing; it is required [required]")
                .contains("    1:11: /detail: detail is not a documented member [unknown-property, warning]");
    }

    @Test
    void a_body_read_as_a_stream_is_refused_with_the_way_to_fix_it() {
        ExampleRun run = ExampleRun.of(StreamingClient.class);

        assertThat(run.failures()).containsExactly(entry("reads_the_body_as_a_stream", "cannot record the response to GET "
                + address("running") + " (HTTP 200): its body was read as an InputStream; read run responses with "
                + "BodyHandlers.ofString() or ofByteArray(), or with recorder.bodyHandler()"));
    }

    static URI address(String run) {
        return provider.address(Route.COMFYDEPLOY_V2, run);
    }

    static HttpRequest get(String run) {
        return HttpRequest.newBuilder(address(run)).header("Accept", "application/json").GET().build();
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class PollingClient {

        @Test
        void fetches_a_queued_run(RunResponseRecorder runs) throws Exception {
            HttpResponse<String> response = runs.record(CLIENT.send(get("not-started"), BodyHandlers.ofString()));
            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        void fetches_a_running_run(RunResponseRecorder runs) throws Exception {
            runs.record(CLIENT.send(get("running"), BodyHandlers.ofByteArray()));
        }

        @Test
        void fetches_a_finished_run(RunResponseRecorder runs) throws Exception {
            runs.record(CLIENT.send(get("success-with-outputs"), BodyHandlers.ofString()));
        }

        @Test
        void fetches_a_drifted_run(RunResponseRecorder runs) throws Exception {
            HttpResponse<String> response = runs.record(CLIENT.send(get("drifted"), BodyHandlers.ofString()));
            assertThat(response.body()).contains("\"status\": \"done\"");
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class BodyHandlerClient {

        @Test
        void polls_until_the_run_has_finished(RunResponseRecorder runs) throws Exception {
            for (String state : List.of("not-started", "running", "success-with-outputs")) {
                assertThat(CLIENT.send(get(state), runs.bodyHandler()).body()).contains("\"id\"");
            }
        }

        @Test
        void polls_three_runs_at_once(RunResponseRecorder runs) {
            List<CompletableFuture<HttpResponse<String>>> calls = List.of("running", "drifted", "success-with-outputs").stream()
                    .map(name -> CLIENT.sendAsync(get(name), runs.bodyHandler()))
                    .toList();
            calls.forEach(CompletableFuture::join);
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class NamedBodyHandlerClient {

        @Test
        void fetches_a_drifted_run(RunResponseRecorder runs) throws Exception {
            CLIENT.send(get("running"), runs.bodyHandler(get("running")));
            HttpRequest request = get("drifted");
            CLIENT.sendAsync(request, runs.bodyHandler(request)).join();
        }

        @Test
        void reads_the_verdicts_of_what_it_fetched(RunResponseRecorder runs) throws Exception {
            for (String state : List.of("running", "drifted")) {
                HttpRequest request = get(state);
                CLIENT.send(request, runs.bodyHandler(request));
            }

            assertThat(runs.results()).extracting(ValidationResult::isValid).containsExactly(true, false);
            runs.clear();
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class MissingRun {

        @Test
        void fetches_a_run_that_does_not_exist(RunResponseRecorder runs) throws Exception {
            runs.record(CLIENT.send(get("gone"), BodyHandlers.ofString()));
        }
    }

    @ValidateRunResponse(schema = "comfydeploy-v2")
    static class StreamingClient {

        @Test
        void reads_the_body_as_a_stream(RunResponseRecorder runs) throws Exception {
            try (var body = runs.record(CLIENT.send(get("running"), BodyHandlers.ofInputStream())).body()) {
                body.readAllBytes();
            }
        }
    }
}
