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
 * Copies two bugs of a public ComfyUI node that calls ComfyDeploy (research lifecycle.md, "Bugs seen
 * in public client code"): its terminal set {@code succeeded, completed, finished, failed, error,
 * canceled, cancelled} lacks ComfyDeploy's {@code success} and {@code timeout}; and it returns as
 * soon as it finds one output URL, so it hands back a partial result while outputs are still being
 * added, or while the run is still running.
 */
final class ComfyUiNodePoller {

    /** The node's terminal set. */
    static final Set<String> NODE_TERMINAL = Set.of("succeeded", "completed", "finished", "failed", "error",
            "canceled", "cancelled");

    private final URI base;
    private final String api;
    private final Pause pause;
    private final Duration interval;
    private final int maxPolls;

    ComfyUiNodePoller(URI base, String api, Pause pause, Duration interval, int maxPolls) {
        this.base = base;
        this.api = api;
        this.pause = pause;
        this.interval = interval;
        this.maxPolls = maxPolls;
    }

    /** Polls run {@code id} at most {@code maxPolls} times; not finished when none of its stops came. */
    PollResult waitFor(String id) throws IOException, InterruptedException {
        String status = null;
        for (int polls = 1; polls <= maxPolls; polls++) {
            HttpResponse<String> response = RunEndpoints.HTTP.send(
                    HttpRequest.newBuilder(RunEndpoints.runUri(base, api, id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode run = RunEndpoints.JSON.readTree(response.body());
            status = run.path("status").asString();
            List<String> urls = RunEndpoints.urlsUnder(run.get("outputs"));
            if (!urls.isEmpty()) {
                return new PollResult(true, status, List.of(urls.get(0)), polls);
            }
            if (NODE_TERMINAL.contains(status)) {
                return new PollResult(true, status, List.of(), polls);
            }
            pause.pause(interval);
        }
        return new PollResult(false, status, List.of(), maxPolls);
    }
}
