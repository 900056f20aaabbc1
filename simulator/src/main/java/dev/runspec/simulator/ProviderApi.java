package dev.runspec.simulator;

import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * One provider API's paths and shapes: which requests create, get and cancel a run, where a create
 * request names its webhook or callback, and what the create and cancel endpoints answer.
 */
interface ProviderApi {

    /** {@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1}. */
    String id();

    /** The path the provider's base URL ends in ({@code /api} for ComfyDeploy, empty for Runflow). */
    String basePath();

    /** The route of a request, or null when the API has no such endpoint. */
    Route route(ApiRequest request);

    /** The webhook or callback a create request names, or null. */
    WebhookTarget webhookTarget(JsonNode createBody);

    /** The answer to a create request, given the new run and its first body. */
    ApiReply created(SimulatedRun run, String body);

    /** The status a cancel gives a run; null when the API has no cancel endpoint. */
    String cancelledStatus();

    /** The answer to a cancel request: {@code changed} false when the run had already finished. */
    ApiReply cancelled(SimulatedRun run, boolean changed, String body);

    /** The get-run body as this request sees it (query parameters that change what is shown); the body itself by default. */
    default String asRequested(ApiRequest request, String body) {
        return body;
    }

    /** The answer for a run id the simulator does not know. */
    default ApiReply notFound(String runId) {
        return ApiReply.json(404, "{\"detail\":\"Run not found\"}");
    }

    static ProviderApi of(String id) {
        return switch (id) {
            case "comfydeploy-v1" -> new ComfyDeployApi(false);
            case "comfydeploy-v2" -> new ComfyDeployApi(true);
            case "runflow-v1" -> new RunflowApi();
            default -> throw new IllegalArgumentException("unknown api '" + id
                    + "'; the simulator serves comfydeploy-v1, comfydeploy-v2 and runflow-v1");
        };
    }
}
