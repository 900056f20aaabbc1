package dev.runspec.simulator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.net.URI;

/**
 * Runflow's run endpoints: {@code POST /v1/models/{owner}/{slug...}/runs} creates ({@code input},
 * {@code callback_url}, {@code metadata}, {@code client_ref}) and answers 201 with the run object;
 * {@code GET /v1/runs/{id}} gets; the admin {@code POST /v1/admin/runs/{id}/cancellation} cancels
 * (201 with the run on a real transition to {@code cancelled}, 200 with the run unchanged when it
 * had already finished). Runflow has no public cancel.
 */
final class RunflowApi implements ProviderApi {

    @Override
    public String id() {
        return "runflow-v1";
    }

    @Override
    public String basePath() {
        return "";
    }

    @Override
    public Route route(ApiRequest request) {
        String[] s = request.path().split("/", -1);
        boolean post = request.method().equals("POST");
        // s[0] is the empty segment before the leading slash
        if (s.length < 3 || !s[0].isEmpty() || !s[1].equals("v1")) {
            return null;
        }
        if (s.length == 4 && s[2].equals("runs") && request.method().equals("GET") && !s[3].isEmpty()) {
            return Route.get(s[3]);
        }
        if (s.length == 6 && s[2].equals("admin") && s[3].equals("runs") && s[5].equals("cancellation") && post) {
            return Route.cancel(s[4]);
        }
        if (s.length >= 6 && s[2].equals("models") && s[s.length - 1].equals("runs") && post) {
            return Route.create();
        }
        return null;
    }

    @Override
    public WebhookTarget webhookTarget(JsonNode createBody) {
        JsonNode url = createBody.get("callback_url");
        if (url == null || !url.isString() || url.asString().isBlank()) {
            return null;
        }
        return new WebhookTarget(URI.create(url.asString().trim()), false);
    }

    @Override
    public ApiReply created(SimulatedRun run, String body) {
        return ApiReply.json(201, body);
    }

    @Override
    public String cancelledStatus() {
        return "cancelled";
    }

    @Override
    public ApiReply cancelled(SimulatedRun run, boolean changed, String body) {
        return ApiReply.json(changed ? 201 : 200, body);
    }
}
