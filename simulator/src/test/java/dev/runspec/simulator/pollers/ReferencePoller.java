package dev.runspec.simulator.pollers;

import dev.runspec.generator.RunGenerator;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The poller the buggy ones are measured against: it stops on every terminal status of the API
 * (taken from the generator, not written out), reads every output URL from where the API puts
 * them ({@code outputs[].data.<kind>[].url} on ComfyDeploy, {@code output} on Runflow) once the
 * run is over, backs off between polls (doubling, up to 10 minutes: a run can take a day), and waits out 429 (its {@code Retry-After}), 5xx, resets,
 * empty responses and bodies that are not a run.
 */
final class ReferencePoller {

    private final URI base;
    private final String api;
    private final Pause pause;
    private final Set<String> terminal;
    private final int maxPolls;
    private final Duration maxWait;

    ReferencePoller(URI base, String api, Pause pause, int maxPolls, Duration maxWait) {
        this.base = base;
        this.api = api;
        this.pause = pause;
        this.terminal = RunGenerator.forSchema(api).terminalStatuses();
        this.maxPolls = maxPolls;
        this.maxWait = maxWait;
    }

    PollResult waitFor(String id) throws InterruptedException {
        boolean runflow = api.startsWith("runflow");
        Duration interval = Duration.ofSeconds(1);
        Duration waited = Duration.ZERO;
        String status = null;
        for (int polls = 1; polls <= maxPolls && waited.compareTo(maxWait) <= 0; polls++) {
            Duration wait = interval;
            try {
                HttpResponse<String> response = RunEndpoints.HTTP.send(HttpRequest.newBuilder(
                        RunEndpoints.runUri(base, api, id)).timeout(Duration.ofSeconds(20)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode run = RunEndpoints.JSON.readTree(response.body());
                    JsonNode read = run.get(runflow ? "status_code" : "status");
                    if (read != null && read.isString()) {
                        status = read.asString();
                        if (terminal.contains(status)) {
                            return new PollResult(true, status,
                                    RunEndpoints.urlsUnder(run.get(runflow ? "output" : "outputs")), polls);
                        }
                    }
                } else if (response.statusCode() == 429) {
                    wait = response.headers().firstValue("Retry-After").map(ReferencePoller::seconds).orElse(interval);
                } else if (response.statusCode() / 100 != 5) {
                    throw new IllegalStateException("get run answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException | JacksonException e) {
                // a reset, an empty response or a body that is not JSON: try again after the wait
            }
            pause.pause(wait);
            waited = waited.plus(wait);
            interval = min(interval.multipliedBy(2), Duration.ofMinutes(10));
        }
        return new PollResult(false, status, List.of(), maxPolls);
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
