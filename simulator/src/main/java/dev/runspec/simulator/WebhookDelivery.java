package dev.runspec.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attempt to deliver a webhook or callback, as the simulator sent it: the exact bytes, the
 * headers (Runflow's signature among them), which attempt of the delivery it was, when on the
 * virtual clock, and what the receiver answered.
 *
 * @param url where it was posted
 * @param schemaId the schema its body follows ({@code comfydeploy-v2-webhook}, {@code runflow-callback}, ...)
 * @param runId the run it is about
 * @param headers the request headers sent
 * @param body the exact bytes sent (do not modify)
 * @param attempt 1 for the first try, 2 for the first retry, ...
 * @param sentAt the virtual instant it was sent
 * @param responseStatus the receiver's HTTP status, or {@code -1} when no answer came (refused,
 *     reset, timed out)
 */
public record WebhookDelivery(URI url, String schemaId, String runId, Map<String, List<String>> headers,
        byte[] body, int attempt, Instant sentAt, int responseStatus) {

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
