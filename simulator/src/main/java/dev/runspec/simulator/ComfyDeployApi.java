package dev.runspec.simulator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * ComfyDeploy's run endpoints under the base URL's {@code /api}. v1: {@code POST /run} creates
 * ({@code deployment_id}, {@code inputs}, {@code webhook}), {@code GET /run?run_id=} gets; no public
 * cancel. v2: {@code POST /run/deployment/queue} creates, {@code GET /run/{run_id}} gets (and the
 * legacy {@code GET /run?run_id=}, which v2 still serves with the v2 model), {@code POST
 * /run/{run_id}/cancel} cancels; a run id that is not a UUID is FastAPI's 422; {@code queue_position}
 * is shown only to {@code ?queue_position=true}. Create answers {@code {"run_id": ...}}.
 */
final class ComfyDeployApi implements ProviderApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final boolean v2;

    ComfyDeployApi(boolean v2) {
        this.v2 = v2;
    }

    @Override
    public String id() {
        return v2 ? "comfydeploy-v2" : "comfydeploy-v1";
    }

    @Override
    public String basePath() {
        return "/api";
    }

    @Override
    public Route route(ApiRequest request) {
        String path = request.path();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String[] s = path.substring(5).split("/", -1);
        boolean get = request.method().equals("GET");
        boolean post = request.method().equals("POST");
        if (s.length == 1 && s[0].equals("run")) {
            if (get && request.queryParameter("run_id") != null) {
                return checked(Route.get(request.queryParameter("run_id")));
            }
            return post && !v2 ? Route.create() : null;
        }
        if (!v2 || s.length < 2 || !s[0].equals("run")) {
            return null;
        }
        if (s.length == 3 && s[1].equals("deployment") && s[2].equals("queue") && post) {
            return Route.create();
        }
        if (s.length == 2 && get) {
            return checked(Route.get(s[1]));
        }
        if (s.length == 3 && s[2].equals("cancel") && post) {
            return checked(Route.cancel(s[1]));
        }
        return null;
    }

    private Route checked(Route route) {
        return v2 && !UUID.matcher(route.runId()).matches() ? new Route(Route.Kind.INVALID_ID, route.runId()) : route;
    }

    /**
     * v2 shows {@code queue_position} only when the request asks with {@code ?queue_position=true}
     * (research comfydeploy.md §5); otherwise it is null.
     */
    @Override
    public String asRequested(ApiRequest request, String body) {
        if (!v2 || "true".equalsIgnoreCase(request.queryParameter("queue_position")) || !body.contains("\"queue_position\":")
                || body.contains("\"queue_position\":null")) {
            return body;
        }
        JsonNode run = JSON.readTree(body);
        if (run instanceof ObjectNode object && object.has("queue_position")) {
            object.putNull("queue_position");
            return JSON.writeValueAsString(object);
        }
        return body;
    }

    @Override
    public WebhookTarget webhookTarget(JsonNode createBody) {
        JsonNode url = createBody.get("webhook");
        if (url == null || !url.isString() || url.asString().isBlank()) {
            return null;
        }
        return new WebhookTarget(URI.create(url.asString().trim()),
                createBody.path("webhook_intermediate_status").asBoolean(false));
    }

    @Override
    public ApiReply created(SimulatedRun run, String body) {
        return ApiReply.json(200, "{\"run_id\":\"" + run.id() + "\"}");
    }

    @Override
    public String cancelledStatus() {
        return v2 ? "cancelled" : null;
    }

    @Override
    public ApiReply cancelled(SimulatedRun run, boolean changed, String body) {
        return ApiReply.json(200, "{\"status\":\"" + (changed ? "cancelled" : "unchanged") + "\",\"run_id\":\""
                + run.id() + "\"}");
    }

    /** FastAPI's 422 for a path id that is not a UUID (schema comfydeploy-v2-error). */
    static ApiReply invalidId(String runId) {
        String quoted = dev.runspec.shaded.jackson.databind.node.JsonNodeFactory.instance.stringNode(runId).toString();
        return ApiReply.json(422, "{\"detail\":[{\"type\":\"uuid_parsing\",\"loc\":[\"path\",\"run_id\"],"
                + "\"msg\":\"Input should be a valid UUID\",\"input\":" + quoted + "}]}");
    }
}
