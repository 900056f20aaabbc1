package dev.runspec.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run poller to copy: it polls ComfyDeploy (v1, v2) or Runflow (v1) until the run reaches one of
 * the API's terminal statuses, and returns that status with every output URL.
 *
 * <ul>
 *   <li>Terminal statuses and the status member come from runspec's poll-sequence table of the API
 *       ({@code dev/runspec/schemas/ID.sequence.json} in {@code runspec-schemas}), so none is
 *       forgotten: ComfyDeploy's {@code timeout} and {@code cancelled}, Runflow's {@code cancelled}
 *       beside {@code canceled}, and {@code partial_succeeded}.
 *   <li>Output URLs are read from where the API puts them: every {@code url} under ComfyDeploy's
 *       {@code outputs[].data.<kind>[]}, and under Runflow's {@code output}; only once the run is
 *       over, since outputs keep landing while it runs.
 *   <li>Between polls it backs off (doubling up to a cap); a 429 waits its {@code Retry-After};
 *       5xx answers, resets, empty answers and bodies that are not a run are retried, up to a
 *       number of failures in a row.
 * </ul>
 *
 * <pre>{@code
 * RunPoller poller = new RunPoller(HttpClient.newHttpClient(), URI.create("https://api.runflow.io"), "runflow-v1");
 * RunPoller.Finished run = poller.await("0190c4f6-...", Duration.ofMinutes(30));
 * }</pre>
 */
public final class RunPoller {

    /** A run that reached a terminal status. */
    public record Finished(String status, List<String> outputUrls, JsonNode run) {
    }

    /** How the poller waits between polls: {@link Thread#sleep} unless a test passes its own clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI baseUrl;
    private final String api;
    private final Set<String> terminal;
    private final String statusMember;
    private String authorization;
    private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
    private Duration firstWait = Duration.ofSeconds(1);
    private Duration maxWait = Duration.ofSeconds(30);
    private int maxFailuresInARow = 8;

    /**
     * A poller of {@code api} ({@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1})
     * at {@code baseUrl}: {@code https://api.comfydeploy.com/api} or {@code https://api.runflow.io}.
     */
    public RunPoller(HttpClient http, URI baseUrl, String api) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.api = api;
        JsonNode table = sequenceTable(api);
        this.terminal = new LinkedHashSet<>();
        table.get("terminal").forEach(status -> terminal.add(status.asString()));
        this.statusMember = table.get("status").asString();
    }

    /** Sends {@code Authorization: Bearer TOKEN} with every poll. */
    public RunPoller bearerToken(String token) {
        this.authorization = "Bearer " + token;
        return this;
    }

    /** Waits with {@code sleeper} instead of {@link Thread#sleep} (a test's virtual clock). */
    public RunPoller sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    /** The first wait between polls, doubled after each poll up to {@code max}. */
    public RunPoller backoff(Duration first, Duration max) {
        this.firstWait = first;
        this.maxWait = max;
        return this;
    }

    /** The statuses after which the run does not change. */
    public Set<String> terminalStatuses() {
        return Set.copyOf(terminal);
    }

    /**
     * Polls run {@code runId} until it is over.
     *
     * @throws TimeoutException when {@code timeout} (time spent waiting between polls) passes first
     * @throws IOException when the provider fails {@code maxFailuresInARow} times in a row, or answers
     *     4xx other than 429 (an unknown run, a bad key)
     */
    public Finished await(String runId, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        Duration wait = firstWait;
        Duration waited = Duration.ZERO;
        int failuresInARow = 0;
        while (true) {
            Duration next = wait;
            try {
                HttpResponse<String> response = http.send(request(runId), HttpResponse.BodyHandlers.ofString());
                int code = response.statusCode();
                if (code == 200) {
                    JsonNode run = JSON.readTree(response.body());
                    JsonNode status = run.get(statusMember);
                    if (status == null || !status.isString()) {
                        throw new IOException("the body has no " + statusMember + " string");
                    }
                    failuresInARow = 0;
                    if (terminal.contains(status.asString())) {
                        return new Finished(status.asString(), outputUrls(run), run);
                    }
                } else if (code == 429) {
                    next = response.headers().firstValue("Retry-After").map(RunPoller::seconds).orElse(wait);
                } else if (code >= 500) {
                    throw new IOException("the provider answered " + code);
                } else {
                    throw new ProviderRefused("get run " + runId + " answered " + code + ": " + response.body());
                }
            } catch (IOException | JacksonException e) {
                if (e instanceof ProviderRefused refused) {
                    throw refused;
                }
                if (++failuresInARow >= maxFailuresInARow) {
                    throw new IOException("get run " + runId + " failed " + failuresInARow + " times in a row: "
                            + e.getMessage(), e);
                }
            }
            if (waited.plus(next).compareTo(timeout) > 0) {
                throw new TimeoutException("run " + runId + " not over after " + timeout);
            }
            sleeper.sleep(next);
            waited = waited.plus(next);
            wait = wait.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : wait.multipliedBy(2);
        }
    }

    private HttpRequest request(String runId) {
        URI uri = switch (api) {
            case "comfydeploy-v1" -> URI.create(baseUrl + "/run?run_id=" + runId);
            case "comfydeploy-v2" -> URI.create(baseUrl + "/run/" + runId);
            default -> URI.create(baseUrl + "/v1/runs/" + runId);
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    /** Every URL under the run's outputs: ComfyDeploy's {@code outputs}, Runflow's {@code output}. */
    private List<String> outputUrls(JsonNode run) {
        List<String> urls = new ArrayList<>();
        collectUrls(run.get(api.startsWith("runflow") ? "output" : "outputs"), urls);
        return urls;
    }

    private static void collectUrls(JsonNode node, List<String> urls) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(member -> {
                if (member.getKey().equals("url") && member.getValue().isString()) {
                    urls.add(member.getValue().asString());
                } else {
                    collectUrls(member.getValue(), urls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectUrls(item, urls));
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5); // an HTTP date: wait a little, then ask again
        }
    }

    private static JsonNode sequenceTable(String api) {
        String resource = "/dev/runspec/schemas/" + api + ".sequence.json";
        try (InputStream in = RunPoller.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown api '" + api + "': no " + resource + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 4xx answer other than 429: polling again will not help. */
    private static final class ProviderRefused extends IOException {
        private static final long serialVersionUID = 1L;

        ProviderRefused(String message) {
            super(message);
        }
    }
}
