package dev.runspec.benchmarks;

/**
 * The run documents every contender checks, compact as the providers send them. Each is loaded
 * once and shared.
 */
public enum Document {

    /** A finished ComfyDeploy v2 run with one image output (about 1.7 KB). */
    COMFYDEPLOY_V2_SUCCESS("comfydeploy-v2", "comfydeploy-v2-success.json", true,
            "/v2/run/45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6"),

    /** A finished Runflow flow run with every embed filled: node runs, logs, model, ComfyUI workflow, flow (about 8 KB). */
    RUNFLOW_V1_EVERY_EMBED("runflow-v1", "runflow-v1-every-embed.json", true,
            "/v1/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a"),

    /**
     * The same ComfyDeploy v2 run after drift: a required member gone, a timestamp that is not RFC
     * 3339, two numbers sent as strings, two nulls where values are required, an undocumented
     * status value and an undocumented member.
     */
    COMFYDEPLOY_V2_DRIFTED("comfydeploy-v2", "comfydeploy-v2-drifted.json", false,
            "/v2/run/45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6");

    private final String schemaId;
    private final boolean conforming;
    private final Body body;

    Document(String schemaId, String resource, boolean conforming, String requestPath) {
        this.schemaId = schemaId;
        this.conforming = conforming;
        this.body = Body.of(Resources.text("documents/" + resource), requestPath);
    }

    /** The runspec schema id the document is checked against. */
    public String schemaId() {
        return schemaId;
    }

    /** Whether the document conforms: the verdict every contender must reach. */
    public boolean conforming() {
        return conforming;
    }

    /** The response body. */
    Body body() {
        return body;
    }
}
