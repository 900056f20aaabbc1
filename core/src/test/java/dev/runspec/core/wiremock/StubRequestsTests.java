package dev.runspec.core.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.internal.RequestMapping;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stub request patterns serve GET /v1/runs/{id} (runflow-v1), by core's one mapping of requests to schemas. */
class StubRequestsTests {

    private static final RequestMapping RUNFLOW = RequestMapping.parse("GET /v1/runs/{id}=runflow-v1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} {1} serves runflow runs: {2}")
    @CsvSource(delimiter = ';', value = {
            "url             ; /v1/runs/42?embed=logs       ; true",
            "url             ; /v1/runs                     ; false",
            "urlPath         ; /gateway/v1/runs/42          ; true",
            "urlPath         ; /v1/runs/42/logs             ; false",
            "urlPathTemplate ; /v1/runs/{runId}             ; true",
            "urlPathTemplate ; /v1/{kind}/{runId}           ; false",
            "urlPattern      ; /v1/runs/[^/]+               ; true",
            "urlPattern      ; ^/v1/runs/\\\\d+$            ; true",
            "urlPattern      ; /v1/(runs|jobs)/[a-f0-9-]+   ; true",
            "urlPattern      ; /v1/jobs/.*                  ; false",
            "urlPathPattern  ; .*/v1/runs/.+                ; true",
            "urlPathPattern  ; /v1/runs\\\\.json            ; false"})
    void a_stub_pattern_maps_when_its_segments_accept_the_mapping(String member, String value, boolean maps) {
        var request = JSON.readTree("{\"" + member + "\": \"" + value + "\"}");

        assertThat(RUNFLOW.appliesTo("GET", StubRequests.path(request), StubRequests.queryNames(request), 200)).isEqualTo(maps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"url\": \"/api/run?run_id=42&x=1\"}                              | run_id,x",
            "{\"urlPattern\": \"/api/run\\\\?run_id=[0-9]+\"}                   | run_id",
            "{\"urlPath\": \"/api/run\", \"queryParameters\": {\"run_id\": {}}} | run_id"})
    void query_parameters_come_from_the_url_the_pattern_or_the_stub(String request, String names) {
        assertThat(StubRequests.queryNames(JSON.readTree(request))).containsExactlyElementsOf(List.of(names.split(",")));
    }
}
