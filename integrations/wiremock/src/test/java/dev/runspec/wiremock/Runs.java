package dev.runspec.wiremock;

import dev.runspec.integration.ServedRuns;
import java.nio.charset.StandardCharsets;

/** Conforming and drifted run bodies from core's tests, as text. */
final class Runs {

    /** A queued Runflow run that conforms to runflow-v1. */
    static final String QUEUED = read("/conforming/runflow-v1/queued.json");

    /** The same run, whose status_code drifted to "done". */
    static final String DRIFTED = QUEUED.replace("\"status_code\": \"queued\"", "\"status_code\": \"done\"");

    /** A running ComfyDeploy v2 run whose progress is a template placeholder, rendered from the query parameter p. */
    static final String TEMPLATED_V2 = read("/conforming/comfydeploy-v2/running.json")
            .replace("\"progress\": 0.57", "\"progress\": {{request.query.p}}");

    private Runs() {
    }

    private static String read(String resource) {
        return new String(ServedRuns.resource(resource), StandardCharsets.UTF_8);
    }
}
