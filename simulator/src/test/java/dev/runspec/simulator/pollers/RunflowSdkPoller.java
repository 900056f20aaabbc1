package dev.runspec.simulator.pollers;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Copies a bug of Runflow's own SDK (research lifecycle.md, "Bugs seen in public client code";
 * runflow.md §4): its wait loop stops only on {@code succeeded}, {@code failed} or {@code canceled},
 * so a run that ends {@code cancelled} (the spelling of the older docs, the callbacks and the admin
 * cancel) or {@code partial_succeeded} is polled until the wait times out.
 */
final class RunflowSdkPoller {

    /** The SDK's terminal set: two of Runflow's five terminal statuses are missing. */
    static final Set<String> SDK_TERMINAL = Set.of("succeeded", "failed", "canceled");

    private final URI base;
    private final Pause pause;
    private final Duration interval;
    private final Duration timeout;

    RunflowSdkPoller(URI base, Pause pause, Duration interval, Duration timeout) {
        this.base = base;
        this.pause = pause;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** Waits for run {@code id}; not finished when the timeout passed first (the SDK's RunTimeoutError). */
    PollResult waitFor(String id) throws IOException, InterruptedException {
        Duration waited = Duration.ZERO;
        int polls = 0;
        String status = null;
        while (true) {
            HttpResponse<String> response = RunEndpoints.HTTP.send(
                    HttpRequest.newBuilder(RunEndpoints.runUri(base, "runflow-v1", id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            polls++;
            JsonNode run = RunEndpoints.JSON.readTree(response.body());
            status = run.path("status_code").asString();
            if (SDK_TERMINAL.contains(status)) {
                return new PollResult(true, status, RunEndpoints.urlsUnder(run.get("output")), polls);
            }
            if (waited.compareTo(timeout) >= 0) {
                return new PollResult(false, status, List.of(), polls);
            }
            pause.pause(interval);
            waited = waited.plus(interval);
        }
    }
}
