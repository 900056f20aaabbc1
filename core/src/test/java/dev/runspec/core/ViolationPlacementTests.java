package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Each violation is placed on its own value, wherever it sits: at the top, deep in arrays of
 * objects, under a member whose name needs escaping in a JSON Pointer, or, for a missing member, on
 * the object that lacks it; values around them that hold nothing wrong do not confuse the placing.
 */
class ViolationPlacementTests {

    private static final String RUN = """
            {
              "id": "45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6",
              "workflow_version_id": null,
              "workflow_inputs": {"prompt": "a cabin", "nested": {"deep": [1, {"x": "y"}]}},
              "workflow_id": "6e5d4c3b-2a19-4f08-b7e6-d5c4b3a29180",
              "workflow_api": null,
              "machine_id": null,
              "origin": "api",
              "status": "running",
              "created_at": "2025-04-02T16:05:44Z",
              "updated_at": "2025-04-02 16:06:31",
              "gpu_event_id": null, "gpu": null, "machine_version": null, "machine_type": null,
              "modal_function_call_id": null, "user_id": null, "org_id": null, "live_status": null,
              "webhook": null, "webhook_status": null, "number": 0, "duration": null,
              "cold_start_duration": null, "cold_start_duration_total": null, "run_duration": null,
              "a/b~c": true,
              "outputs": [
                {"id": "o1", "run_id": "r", "data": {"images": [{"url": "u", "type": "output", "filename": "f.png"}]},
                 "node_meta": null, "created_at": "2025-04-02T16:06:30Z", "updated_at": "2025-04-02T16:06:30Z"},
                {"id": "o2", "run_id": "r", "data": {"images": ["s", {"url": "u", "type": "output", "filename": 7}]},
                 "node_meta": null, "created_at": "2025-04-02T16:06:30Z"}
              ]
            }
            """;

    @Test
    void violations_are_placed_on_their_values_at_any_depth() {
        ValidationResult result = RunValidator.create().validate("comfydeploy-v2", RUN);

        assertThat(result.violations())
                .extracting(Violation::pointer, Violation::rule, Violation::line, Violation::column)
                .containsExactly(
                        tuple("/updated_at", Rule.FORMAT, 11, 17),
                        tuple("/a~1b~0c", Rule.UNKNOWN_PROPERTY, 16, 12),
                        tuple("/outputs/1/updated_at", Rule.REQUIRED, 20, 5),
                        tuple("/outputs/1/data/images/1/filename", Rule.TYPE, 20, 101));
    }
}
