package dev.runspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.FakeProvider;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.junit.RunResponseRecorder;
import dev.runspec.junit.ValidateRunResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A polling client's own tests. A fake provider (runspec's own test server, on ComfyDeploy v2's
 * {@code GET /api/run/{run_id}}) answers with the recordings; runspec checks every response
 * against the ComfyDeploy v2 contract, and would fail a test whose response drifted, with every
 * violation.
 */
@ValidateRunResponse(schema = "comfydeploy-v2", strict = true)
class PollingClientTests {

    static FakeProvider provider;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void startProvider() throws Exception {
        provider = FakeProvider.start().serveFolder(Route.COMFYDEPLOY_V2, Path.of("recordings/comfydeploy-v2"));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void reads_the_outputs_of_a_finished_run(RunResponseRecorder runs) throws Exception {
        HttpResponse<String> response = HTTP.send(get("success-with-outputs"), runs.bodyHandler());

        JsonNode run = JSON.readTree(response.body());
        assertThat(run.get("status").asString()).isEqualTo("success");
        assertThat(run.get("outputs")).isNotEmpty();
    }

    @Test
    void keeps_polling_a_run_that_is_still_running(RunResponseRecorder runs) throws Exception {
        HttpResponse<String> response = runs.record(HTTP.send(get("running"), BodyHandlers.ofString()));

        assertThat(JSON.readTree(response.body()).get("ended_at").isNull()).isTrue();
    }

    @Test
    void reports_a_run_that_timed_out(RunResponseRecorder runs) throws Exception {
        byte[] body = runs.record(HTTP.send(get("timeout-on-read"), BodyHandlers.ofByteArray()).body());

        assertThat(JSON.readTree(body).get("status").asString()).isEqualTo("timeout");
    }

    /** A request for one recorded run, as the client sends it. */
    static HttpRequest get(String run) {
        return HttpRequest.newBuilder(provider.address(Route.COMFYDEPLOY_V2, run)).header("Accept", "application/json").GET().build();
    }
}
