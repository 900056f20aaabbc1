package dev.runspec.simulator.pollers;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.simulator.Simulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's endpoints as the pollers reach them under a simulator's base URL, and the
 * create request the tests send: real HTTP (java.net.http, HTTP/1.1 keep-alive) on loopback.
 */
final class RunEndpoints {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private RunEndpoints() {
    }

    /** The get-run URL of run {@code id}. */
    static URI runUri(URI base, String api, String id) {
        return switch (api) {
            case "comfydeploy-v1" -> URI.create(base + "/run?run_id=" + id);
            case "comfydeploy-v2" -> URI.create(base + "/run/" + id);
            default -> URI.create(base + "/v1/runs/" + id);
        };
    }

    /** Creates a run on {@code script} over HTTP (the X-Runspec-Script header) and returns its id. */
    static String create(Simulator simulator, String script) throws IOException, InterruptedException {
        boolean runflow = simulator.api().startsWith("runflow");
        URI uri = switch (simulator.api()) {
            case "comfydeploy-v1" -> URI.create(simulator.baseUrl() + "/run");
            case "comfydeploy-v2" -> URI.create(simulator.baseUrl() + "/run/deployment/queue");
            default -> URI.create(simulator.baseUrl() + "/v1/models/acme/upscale/runs");
        };
        String body = runflow ? "{\"input\":{\"prompt\":\"a lighthouse\"}}"
                : "{\"deployment_id\":\"15e79589-12c9-453c-a41a-348fdd7de957\",\"inputs\":{\"prompt\":\"a lighthouse\"}}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("X-Runspec-Script", script)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() / 100 != 2) {
            throw new IllegalStateException("create answered " + created.statusCode() + ": " + created.body());
        }
        JsonNode answer = JSON.readTree(created.body());
        return (runflow ? answer.get("id") : answer.get("run_id")).asString();
    }

    /** Every {@code url} string anywhere under {@code node}, in document order. */
    static List<String> urlsUnder(JsonNode node) {
        List<String> urls = new ArrayList<>();
        collect(node, urls);
        return urls;
    }

    private static void collect(JsonNode node, List<String> urls) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("url") && e.getValue().isString()) {
                    urls.add(e.getValue().asString());
                } else {
                    collect(e.getValue(), urls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, urls));
        }
    }
}
