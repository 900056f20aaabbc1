package dev.runspec.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client for the tests: java.net.http over loopback, keep-alive, and the providers'
 * create and get-run endpoints under a simulator's base URL. Public for the tests in subpackages.
 */
public final class Http {

    public static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"(?:run_id|id)\":\"([^\"]+)\"");

    private static final dev.runspec.shaded.jackson.databind.json.JsonMapper JSON =
            dev.runspec.shaded.jackson.databind.json.JsonMapper.builder().build();

    private Http() {
    }

    /** A top-level string member of a JSON body, or null. */
    static String member(String body, String name) {
        dev.runspec.shaded.jackson.databind.JsonNode value = JSON.readTree(body).get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The status of a run body. */
    static String status(String api, String body) {
        return member(body, api.startsWith("runflow") ? "status_code" : "status");
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI uri, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The create endpoint of an API under the simulator's base URL. */
    static URI createUri(Simulator simulator) {
        return switch (simulator.api()) {
            case "comfydeploy-v1" -> URI.create(simulator.baseUrl() + "/run");
            case "comfydeploy-v2" -> URI.create(simulator.baseUrl() + "/run/deployment/queue");
            default -> URI.create(simulator.baseUrl() + "/v1/models/acme/upscale/runs");
        };
    }

    /** The get-run endpoint of a run. */
    static URI runUri(Simulator simulator, String id) {
        return runUri(simulator.baseUrl(), simulator.api(), id);
    }

    /** The get-run endpoint of run {@code id} of API {@code api} under {@code base}. */
    public static URI runUri(URI base, String api, String id) {
        return switch (api) {
            case "comfydeploy-v1" -> URI.create(base + "/run?run_id=" + id);
            case "comfydeploy-v2" -> URI.create(base + "/run/" + id);
            default -> URI.create(base + "/v1/runs/" + id);
        };
    }

    /** Creates a run over HTTP (headers as name, value pairs) and returns its id. */
    public static String create(Simulator simulator, String... headers) throws IOException, InterruptedException {
        String body = simulator.api().startsWith("runflow") ? "{\"input\":{\"prompt\":\"a lighthouse\"}}"
                : "{\"deployment_id\":\"15e79589-12c9-453c-a41a-348fdd7de957\",\"inputs\":{\"prompt\":\"a lighthouse\"}}";
        HttpResponse<String> response = post(createUri(simulator), body, headers);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no run id in " + response.body());
        }
        return m.group(1);
    }
}
