package dev.runspec.pact.consumer;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * The consumer under contract: a small client that fetches a run from ComfyDeploy (v1 or v2) or
 * Runflow and keeps only what a poller needs.
 */
final class RunClient {

    /** What the poller reads from any provider. */
    record Run(String id, String status, BigDecimal cost, List<String> outputUrls) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RunClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Runflow: {@code GET /v1/runs/{id}?embed=node_runs}; the cost is the run's, node costs are not summed. */
    Run runflow(String id) throws IOException, InterruptedException {
        JsonNode run = get("/v1/runs/" + id + "?embed=node_runs");
        List<String> previews = new ArrayList<>();
        run.path("node_runs").forEach(n -> {
            if (n.path("preview_value").isString()) {
                previews.add(n.get("preview_value").asString());
            }
        });
        return new Run(run.get("id").asString(), run.get("status_code").asString(),
                run.path("cost").isString() ? new BigDecimal(run.get("cost").asString()) : null, previews);
    }

    /** ComfyDeploy v2: {@code GET /api/run/{id}}; image URLs from every output. */
    Run comfyDeployV2(String id) throws IOException, InterruptedException {
        JsonNode run = get("/api/run/" + id);
        return new Run(run.get("id").asString(), run.get("status").asString(), null, imageUrls(run));
    }

    /** ComfyDeploy v1: {@code GET /api/run?run_id={id}}. */
    Run comfyDeployV1(String id) throws IOException, InterruptedException {
        JsonNode run = get("/api/run?run_id=" + id);
        return new Run(run.get("id").asString(), run.get("status").asString(), null, imageUrls(run));
    }

    private static List<String> imageUrls(JsonNode run) {
        List<String> urls = new ArrayList<>();
        run.path("outputs").forEach(o -> o.path("data").path("images").forEach(i -> urls.add(i.get("url").asString())));
        return urls;
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
