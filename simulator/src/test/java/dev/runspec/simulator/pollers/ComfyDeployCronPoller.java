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
 * Copies two bugs of a public ComfyDeploy cron poller (research lifecycle.md, "Bugs seen in public
 * client code"): on each tick it closes a pending run only when the status is one of
 * {@code success|completed|succeeded|failed}, so {@code timeout} and {@code cancelled} runs stay
 * pending for ever; and it takes the result from {@code outputs[0].url}, while ComfyDeploy puts
 * URLs under {@code outputs[].data.<kind>[].url}, so a successful run yields no URL.
 */
final class ComfyDeployCronPoller {

    /** The statuses on which the cron job closes a run. */
    static final Set<String> CLOSES_ON = Set.of("success", "completed", "succeeded", "failed");

    private final URI base;
    private final String api;
    private final Pause pause;
    private final Duration tick;
    private final int maxTicks;

    ComfyDeployCronPoller(URI base, String api, Pause pause, Duration tick, int maxTicks) {
        this.base = base;
        this.api = api;
        this.pause = pause;
        this.tick = tick;
        this.maxTicks = maxTicks;
    }

    /** Runs the cron job for at most {@code maxTicks} ticks; not finished when the run is still "pending". */
    PollResult follow(String id) throws IOException, InterruptedException {
        String status = null;
        for (int ticks = 1; ticks <= maxTicks; ticks++) {
            HttpResponse<String> response = RunEndpoints.HTTP.send(
                    HttpRequest.newBuilder(RunEndpoints.runUri(base, api, id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode run = RunEndpoints.JSON.readTree(response.body());
            status = run.path("status").asString();
            if (CLOSES_ON.contains(status)) {
                JsonNode url = run.path("outputs").path(0).get("url");
                return new PollResult(true, status, url == null || !url.isString() ? List.of() : List.of(url.asString()),
                        ticks);
            }
            pause.pause(tick);
        }
        return new PollResult(false, status, List.of(), maxTicks);
    }
}
