package dev.runspec.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The extension on a real WireMock server on a loopback port, called by a real HTTP client. */
class RunspecWireMockTests {

    private final HttpClient client = HttpClient.newHttpClient();
    private WireMockServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private WireMockServer start(RunspecWireMock runspec) {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(runspec));
        server.start();
        return server;
    }

    private HttpResponse<String> call(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void a_conforming_response_is_served_byte_for_byte_with_a_conforming_verdict() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.failing();
        start(runspec).stubFor(get(urlPathTemplate("/v1/runs/{id}")).willReturn(json(Runs.QUEUED)));

        HttpResponse<String> response = call("/v1/runs/42");

        assertThat(response.body()).isEqualTo(Runs.QUEUED);
        assertThat(runspec.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.label()).isEqualTo("GET /v1/runs/42 (HTTP 200)");
            assertThat(verdict.schemaId()).isEqualTo("runflow-v1");
            assertThat(verdict.result().violations()).isEmpty();
        });
        runspec.assertConforming();
    }

    @Test
    void a_drifted_response_is_still_served_and_fails_with_every_violation() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.failing();
        start(runspec).stubFor(get(urlPathEqualTo("/api/v1/runs/7")).willReturn(json(Runs.DRIFTED)));

        HttpResponse<String> response = call("/api/v1/runs/7?embed=logs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Runs.DRIFTED);
        assertThatThrownBy(runspec::assertConforming).isInstanceOf(AssertionError.class).hasMessage(String.format(
                "%nExpecting every run response WireMock served to conform to its schema%nbut 1 of 1 did not:%n"
                        + "  response 1: GET /api/v1/runs/7?embed=logs (HTTP 200), against runflow-v1, 1 error:%n"
                        + "    9:18: /status_code: status_code is \"done\"; expected one of queued, dispatching, running,"
                        + " succeeded, failed, cancelled, canceled, partial_succeeded [enum]"));
    }

    @Test
    void a_templated_response_is_checked_as_rendered() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.failing();
        start(runspec).stubFor(get(urlPathTemplate("/run/{runId}"))
                .willReturn(json(Runs.TEMPLATED_V2).withTransformers("response-template")));

        assertThat(call("/run/42?p=0.5").body()).contains("\"progress\": 0.5,");
        assertThat(call("/run/42?p=true").body()).contains("\"progress\": true,");

        assertThat(runspec.verdicts()).extracting(v -> v.result().violations().stream().map(Violation::rule).toList())
                .containsExactly(List.of(), List.of(Rule.TYPE));
        assertThat(runspec.verdicts()).allSatisfy(v -> assertThat(v.schemaId()).isEqualTo("comfydeploy-v2"));
    }

    @Test
    void responses_of_other_endpoints_are_not_checked_and_non_json_ones_are_noted() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.failing();
        start(runspec).stubFor(get(urlPathEqualTo("/health")).willReturn(json("{\"ok\":true}")));
        server.stubFor(get(urlPathEqualTo("/v1/runs/page")).willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<p>")));

        call("/health");
        call("/v1/runs/page");

        assertThat(runspec.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.result().violations()).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.INFO);
                assertThat(v.message()).isEqualTo("the response is text/html, not JSON, so its body is not checked against runflow-v1");
            });
        });
        runspec.assertConforming();
    }

    @Test
    void a_mapping_maps_another_path_before_the_defaults() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.builder().map("GET /gateway/jobs/{id}=runflow-v1").build();
        start(runspec).stubFor(get(urlPathTemplate("/gateway/jobs/{id}")).willReturn(json(Runs.DRIFTED)));

        call("/gateway/jobs/1");

        assertThat(runspec.verdicts()).singleElement().satisfies(v -> assertThat(v.result().isValid()).isFalse());
        assertThatThrownBy(() -> RunspecWireMock.builder().map("GET /gateway/jobs/{id}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mapping 'GET /gateway/jobs/{id}' is not of the form METHOD /path/{id}");
    }

    @Test
    void report_mode_hands_each_verdict_to_the_listener_and_never_fails() throws Exception {
        List<ServedResponse> heard = Collections.synchronizedList(new ArrayList<>());
        RunspecWireMock runspec = RunspecWireMock.reporting(heard::add);
        start(runspec).stubFor(get(urlPathTemplate("/v1/runs/{id}")).willReturn(json(Runs.DRIFTED)));

        assertThat(call("/v1/runs/1").body()).isEqualTo(Runs.DRIFTED);

        assertThat(heard).singleElement().satisfies(v -> assertThat(v.result().violations()).extracting(Violation::rule)
                .containsExactly(Rule.ENUM));
        assertThat(runspec.verdicts()).hasSize(1);
        runspec.assertConforming();
        assertThat(runspec.failure(0)).isEmpty();
    }

    @Test
    void a_listener_that_throws_never_breaks_serving() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.builder().mode(Mode.REPORT).listener(v -> {
            throw new IllegalStateException("listener bug");
        }).build();
        start(runspec).stubFor(get(urlPathTemplate("/v1/runs/{id}")).willReturn(json(Runs.QUEUED)));

        HttpResponse<String> response = call("/v1/runs/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Runs.QUEUED);
        assertThat(runspec.verdicts()).hasSize(1);
    }

    @Test
    void many_calls_in_parallel_each_get_their_body_and_one_verdict() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.failing();
        start(runspec).stubFor(get(urlPathTemplate("/v1/runs/{id}")).willReturn(json(Runs.QUEUED)));
        server.stubFor(get(urlPathEqualTo("/v1/runs/drifted")).willReturn(json(Runs.DRIFTED)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String path = i % 8 == 0 ? "/v1/runs/drifted" : "/v1/runs/" + i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return call(path).body();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get()).isEqualTo(i % 8 == 0 ? Runs.DRIFTED : Runs.QUEUED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runspec.verdicts()).hasSize(64);
        assertThat(runspec.verdicts()).filteredOn(v -> !v.result().isValid()).hasSize(8)
                .allSatisfy(v -> assertThat(v.url()).isEqualTo("/v1/runs/drifted"));
        assertThat(runspec.verdicts()).extracting(ServedResponse::number).doesNotHaveDuplicates();
    }
}
