package dev.runspec.examples;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.runspec.junit.WireMockStubs;
import dev.runspec.wiremock.RunspecWireMock;
import dev.runspec.wiremock.ServedRunsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client tested against WireMock stubs (wiremock/, loaded by WireMock itself): every stub body is
 * checked before the tests use it (@WireMockStubs), and every response WireMock serves while the
 * tests run is checked too (runspec-wiremock), so neither can drift from the providers' contracts.
 */
class WireMockClientTests {

    static final RunspecWireMock runspec = RunspecWireMock.failing();

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").usingFilesUnderDirectory("wiremock").extensions(runspec))
            .build();

    @RegisterExtension
    static ServedRunsExtension servedRuns = new ServedRunsExtension(runspec);

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void reads_a_succeeded_runflow_run() throws Exception {
        JsonNode run = JSON.readTree(HTTP.send(get("/v1/runs/0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e"), BodyHandlers.ofString()).body());

        assertThat(run.get("status_code").asString()).isEqualTo("succeeded");
        assertThat(runspec.verdicts()).isNotEmpty();
    }

    @Test
    void keeps_polling_a_running_comfydeploy_run() throws Exception {
        JsonNode run = JSON.readTree(HTTP.send(get("/api/run/c9f0f895-fb98-4b91-8d7e-2f1a0b9c8d7e"), BodyHandlers.ofString()).body());

        assertThat(run.get("ended_at").isNull()).isTrue();
    }

    @ParameterizedTest
    @WireMockStubs("wiremock")
    void every_stub_serves_a_run_with_an_id(JsonNode run) {
        assertThat(run.get("id").asString()).isNotBlank();
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + path)).GET().build();
    }
}
