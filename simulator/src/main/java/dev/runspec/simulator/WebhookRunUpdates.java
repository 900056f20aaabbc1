package dev.runspec.simulator;

import static dev.runspec.simulator.WebhookJson.NODES;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the ComfyDeploy server posts to a run's {@code webhook} when the run changes (comfy-deploy/api
 * {@code update_run}, {@code cancel_run}, {@code send_webhook}; lifecycle.md §2.3):
 * <ul>
 * <li>{@code run.updated} on every status change, whatever {@code webhook_intermediate_status}
 * says; the cancel endpoint's {@code cancelled} is a status change too (S);</li>
 * <li>{@code run.updated} when only {@code progress} or {@code live_status} changed, only when the
 * run asked for intermediate statuses (S);</li>
 * <li>on v2, {@code run.output} carrying one newly stored output, only when the webhook URL's query
 * lists {@code run.output} in {@code target_events} (S), sent before the status update that comes
 * with it;</li>
 * <li>nothing at creation: the create endpoint inserts the run without a status update (I).</li>
 * </ul>
 * The body is {@code {event_type, status, live_status, progress, run_id, outputs}} with
 * {@code outputs} {@code []} when the run has none (S); the v1 body has the same members without
 * {@code event_type} (comfydeploy-v1-webhook schema). Only {@code Content-Type} is sent: no
 * signature (S).
 */
final class WebhookRunUpdates {

    static final String V1 = "comfydeploy-v1";
    static final String V2 = "comfydeploy-v2";
    static final String RUN_UPDATED = "run.updated";
    static final String RUN_OUTPUT = "run.output";

    private final boolean v2;
    private final String schemaId;

    WebhookRunUpdates(String apiId) {
        this.v2 = V2.equals(apiId);
        this.schemaId = apiId + "-webhook";
    }

    /** The deliveries this change sends, in the order the server sends them; empty for none. */
    List<WebhookMessage> messages(WebhookTarget target, ObjectNode previous, ObjectNode current) {
        if (previous == null) {
            return List.of();
        }
        List<WebhookMessage> messages = new ArrayList<>();
        if (v2 && targetEvents(target.url()).contains(RUN_OUTPUT)) {
            for (JsonNode output : newOutputs(previous, current)) {
                ArrayNode one = NODES.arrayNode().add(output);
                messages.add(message(target, current, RUN_OUTPUT, one));
            }
        }
        boolean statusChanged = !Objects.equals(WebhookJson.text(previous, "status"), WebhookJson.text(current, "status"));
        boolean progressChanged = !Objects.equals(previous.get("progress"), current.get("progress"))
                || !Objects.equals(previous.get("live_status"), current.get("live_status"));
        if (statusChanged || progressChanged && target.intermediateStatus()) {
            messages.add(message(target, current, RUN_UPDATED, outputs(current)));
        }
        return messages;
    }

    private WebhookMessage message(WebhookTarget target, ObjectNode run, String eventType, ArrayNode outputs) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        if (v2) {
            body.put("event_type", NODES.stringNode(eventType));
        }
        body.put("status", WebhookJson.valueOrNull(run, "status"));
        body.put("live_status", WebhookJson.valueOrNull(run, "live_status"));
        JsonNode progress = run.get("progress");
        body.put("progress", progress != null && progress.isNumber() ? progress : NODES.numberNode(0.0));
        body.put("run_id", WebhookJson.valueOrNull(run, "id"));
        body.put("outputs", outputs);
        return new WebhookMessage(target.url(), schemaId, WebhookJson.text(run, "id"),
                WebhookJson.bytes(WebhookJson.object(body)), List.of(Map.entry("Content-Type", "application/json")),
                WebhookRetries.COMFYDEPLOY, null);
    }

    /** The run's outputs, {@code []} when it has none (the server's fallback). */
    private static ArrayNode outputs(ObjectNode run) {
        JsonNode outputs = run.get("outputs");
        return outputs != null && outputs.isArray() ? (ArrayNode) outputs : NODES.arrayNode();
    }

    /** The outputs of {@code current} whose ids {@code previous} did not have, in order. */
    private static List<JsonNode> newOutputs(ObjectNode previous, ObjectNode current) {
        Set<String> known = new HashSet<>();
        outputs(previous).forEach(output -> known.add(String.valueOf(WebhookJson.text(output, "id"))));
        List<JsonNode> added = new ArrayList<>();
        outputs(current).forEach(output -> {
            if (!known.contains(String.valueOf(WebhookJson.text(output, "id")))) {
                added.add(output);
            }
        });
        return added;
    }

    /** The events the webhook URL's {@code target_events} query parameter lists (repeated or comma-separated). */
    static Set<String> targetEvents(URI url) {
        Set<String> events = new HashSet<>();
        String query = url.getRawQuery();
        if (query == null) {
            return events;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && "target_events".equals(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8))) {
                for (String event : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).split(",")) {
                    events.add(event.strip());
                }
            }
        }
        return events;
    }
}
