package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookJson.NODES;

import dev.runspec.core.RunflowSignature;
import dev.runspec.core.internal.RunTimestamps;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The callback Runflow posts to a run's {@code callback_url} (docs.runflow.io, concepts → callbacks;
 * lifecycle.md §2.4): one envelope {@code {event, run_id, status, output, duration_ms, created_at,
 * completed_at, metadata}}, once, when the run reaches a final status (S).
 * <ul>
 * <li>{@code event}: {@code run.completed}, {@code run.failed}, {@code run.cancelled} (UK spelling,
 * for the {@code canceled} and the {@code cancelled} status alike) or {@code run.partial_succeeded} (S);</li>
 * <li>{@code output}: the run's normalised {@code output} on success (S; {@code {}} when the run
 * has none, I), an error envelope {@code {code, message}} from {@code failure_code} and
 * {@code failure_message} on failure (S that it is an error envelope, I its members), null when
 * cancelled (S);</li>
 * <li>{@code duration_ms}: the run's own (S), else {@code completed_at - created_at} (I);</li>
 * <li>timestamps as Python's {@code isoformat()} writes them, {@code +00:00}, not {@code Z} (S);
 * {@code completed_at} the virtual now when the run lacks one (I);</li>
 * <li>{@code metadata}: the run's, verbatim, or null (S).</li>
 * </ul>
 * Headers: {@code Content-Type}, {@code Runflow-Signature} (hex HMAC-SHA256 of the exact bytes sent,
 * only when a secret is set) and {@code Runflow-Request-Id} (S); the bytes are frozen once built, so
 * every retry sends the same bytes and signature (S: stored as {@code payload_bytes}).
 */
final class CallbackEnvelopes {

    static final String SCHEMA_ID = "runflow-callback";
    static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled", "cancelled", "partial_succeeded");

    private final byte[] signingSecret;

    /** @param signingSecret the endpoint's secret, or {@code null} (or empty) for unsigned callbacks */
    CallbackEnvelopes(byte[] signingSecret) {
        this.signingSecret = signingSecret == null || signingSecret.length == 0 ? null : signingSecret.clone();
    }

    /** The callback this change sends: one when the run has just reached a final status, else none. */
    List<WebhookMessage> messages(WebhookTarget target, ObjectNode previous, ObjectNode current, Instant now) {
        String status = WebhookJson.text(current, "status_code");
        String before = previous == null ? null : WebhookJson.text(previous, "status_code");
        if (status == null || !FINAL.contains(status) || before != null && FINAL.contains(before)) {
            return List.of();
        }
        byte[] body = WebhookJson.bytes(envelope(current, status, now));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        if (signingSecret != null) {
            headers.add(Map.entry(RunflowSignature.HEADER, RunflowSignature.sign(body, signingSecret)));
        }
        return List.of(new WebhookMessage(target.url(), SCHEMA_ID, WebhookJson.text(current, "id"), body,
                List.copyOf(headers), WebhookRetries.RUNFLOW, RunflowSignature.REQUEST_ID_HEADER));
    }

    private static ObjectNode envelope(ObjectNode run, String status, Instant now) {
        String createdAt = WebhookJson.text(run, "created_at");
        String completedAt = WebhookJson.text(run, "completed_at");
        createdAt = createdAt == null ? WebhookJson.isoformat(now) : WebhookJson.isoformat(createdAt);
        completedAt = completedAt == null ? WebhookJson.isoformat(now) : WebhookJson.isoformat(completedAt);
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("event", NODES.stringNode(event(status)));
        body.put("run_id", WebhookJson.valueOrNull(run, "id"));
        body.put("status", NODES.stringNode(status));
        body.put("output", output(run, status));
        body.put("duration_ms", durationMs(run, createdAt, completedAt));
        body.put("created_at", NODES.stringNode(createdAt));
        body.put("completed_at", NODES.stringNode(completedAt));
        JsonNode metadata = run.get("metadata");
        body.put("metadata", metadata != null && metadata.isObject() ? metadata : NODES.nullNode());
        return WebhookJson.object(body);
    }

    static String event(String status) {
        return switch (status) {
            case "succeeded" -> "run.completed";
            case "failed" -> "run.failed";
            case "canceled", "cancelled" -> "run.cancelled";
            case "partial_succeeded" -> "run.partial_succeeded";
            default -> throw new IllegalArgumentException("no callback event for status " + status);
        };
    }

    private static JsonNode output(ObjectNode run, String status) {
        JsonNode output = run.get("output");
        boolean object = output != null && output.isObject();
        return switch (status) {
            case "succeeded" -> object ? output : NODES.objectNode();
            case "partial_succeeded" -> object ? output : NODES.nullNode();
            case "failed" -> {
                ObjectNode envelope = NODES.objectNode();
                String code = WebhookJson.text(run, "failure_code");
                String message = WebhookJson.text(run, "failure_message");
                envelope.put("code", code == null ? "run_failed" : code);
                envelope.put("message", message == null ? "The run failed." : message);
                yield envelope;
            }
            default -> NODES.nullNode();
        };
    }

    private static JsonNode durationMs(ObjectNode run, String createdAt, String completedAt) {
        JsonNode own = run.get("duration_ms");
        if (own != null && own.isIntegralNumber()) {
            return own;
        }
        Instant from = RunTimestamps.parse(createdAt);
        Instant to = RunTimestamps.parse(completedAt);
        if (from == null || to == null || to.isBefore(from)) {
            return NODES.nullNode();
        }
        return NODES.numberNode(Duration.between(from, to).toMillis());
    }
}
