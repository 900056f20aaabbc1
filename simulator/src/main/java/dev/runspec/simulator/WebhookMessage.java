package dev.runspec.simulator;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One webhook or callback the provider decided to send, before delivery: where, which schema its
 * body follows, the exact bytes, the headers every attempt carries, and how it is retried.
 *
 * @param url where it goes
 * @param schemaId the schema of the body
 * @param runId the run it is about
 * @param body the exact bytes to send
 * @param headers the headers of every attempt (name to value), in the order sent
 * @param retries the provider's retry schedule
 * @param requestIdHeader the header that names the delivery, the same on each of its attempts
 *     (Runflow's {@code Runflow-Request-Id}), or {@code null} when the provider sends none
 */
record WebhookMessage(URI url, String schemaId, String runId, byte[] body, List<Map.Entry<String, String>> headers,
        WebhookRetries retries, String requestIdHeader) {
}
