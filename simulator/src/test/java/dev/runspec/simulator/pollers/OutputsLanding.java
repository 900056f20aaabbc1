package dev.runspec.simulator.pollers;

import dev.runspec.simulator.Script;
import dev.runspec.simulator.ScriptStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ComfyDeploy v2 script whose outputs land one at a time, as the output nodes of a workflow
 * finish (research lifecycle.md: outputs are inserted while the run is running, I): one while
 * running, two while uploading, three at success.
 */
final class OutputsLanding {

    static final String NAME = "outputs-landing";

    private OutputsLanding() {
    }

    static Script script() {
        return new Script(NAME, List.of(
                ScriptStep.of("not-started", Duration.ofSeconds(2)),
                ScriptStep.of("queued", Duration.ofSeconds(3)),
                ScriptStep.of("started", Duration.ofSeconds(2)),
                ScriptStep.of("running", Duration.ofSeconds(10)).with("progress", 0.5).with("outputs", outputs(1)),
                ScriptStep.of("uploading", Duration.ofSeconds(6)).with("progress", 0.9).with("outputs", outputs(2)),
                ScriptStep.of("success", Duration.ZERO).with("progress", 1.0).with("outputs", outputs(3))), List.of());
    }

    /** The URL of the {@code n}-th output. */
    static String url(int n) {
        return "https://cdn.example.com/outputs/image-" + n + ".png";
    }

    private static List<Map<String, Object>> outputs(int count) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            outputs.add(Map.of(
                    "id", "0b9c7a4e-0000-4000-8000-00000000000" + n,
                    "run_id", "0b9c7a4e-1111-4000-8000-000000000000",
                    "data", Map.of("images", List.of(Map.of("url", url(n), "type", "output",
                            "filename", "ComfyUI_0000" + n + "_.png"))),
                    "node_meta", Map.of("node_class", "SaveImage"),
                    "created_at", "2026-01-05T09:00:0" + (6 + n) + ".000000Z",
                    "updated_at", "2026-01-05T09:00:0" + (6 + n) + ".000000Z",
                    "type", "output",
                    "node_id", Integer.toString(8 + n)));
        }
        return outputs;
    }
}
