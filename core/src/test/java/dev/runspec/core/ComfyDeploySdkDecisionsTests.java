package dev.runspec.core;

import static dev.runspec.core.SchemaViolationsTests.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both sides of the rows of {@code schemas/DISAGREEMENTS.md} where runspec had to choose between
 * the seed table, the ComfyDeploy Python SDK (0.1.0 and 0.4.2 for v1, 0.7.0 for v2) and the
 * server: what the choice accepts, and what it still reports, each on a realistic document with
 * one value changed. Accepting means no violation at all, even in strict mode.
 */
class ComfyDeploySdkDecisionsTests {

    private static final RunValidator STRICT = RunValidator.builder()
            .policy(SeverityPolicy.defaults().strict(true).with(Rule.UNKNOWN_VALUE, Severity.ERROR))
            .build();
    private static final RunValidator DEFAULTS = RunValidator.create();

    private static final String V2 = "conforming/comfydeploy-v2/success-with-outputs.json";
    private static final String V1 = "conforming/comfydeploy-v1/running.json";

    // comfydeploy-v2, outputs[].data: every output name holds a list of media items, strings or booleans.

    @ParameterizedTest(name = "data.mesh = {0}")
    @ValueSource(strings = {
            "[]",
            "[\"a caption\", true, false]",
            "[{\"url\": \"https://storage.example.com/outputs/cabin.glb\", \"type\": \"output\", \"filename\": \"cabin.glb\"}]"})
    void an_output_name_the_table_does_not_list_conforms_when_it_holds_the_sdk_item_list(String value) {
        assertThat(STRICT.validate("comfydeploy-v2", withExtraOutputName("mesh", value)).violations()).isEmpty();
    }

    @Test
    void an_output_name_the_table_does_not_list_is_checked_like_the_listed_ones() {
        assertViolations(withExtraOutputName("foo", "\"bar\"")).containsExactly(
                tuple("/outputs/0/data/foo", "type", "error", 36, 23));
        assertViolations(withExtraOutputName("foo", "null")).containsExactly(
                tuple("/outputs/0/data/foo", "null", "error", 36, 23));
        assertViolations(withExtraOutputName("foo", "{}")).containsExactly(
                tuple("/outputs/0/data/foo", "type", "error", 36, 23));
        assertViolations(withExtraOutputName("foo", "[1]")).containsExactly(
                tuple("/outputs/0/data/foo/0", "type", "error", 36, 24));
        assertViolations(withExtraOutputName("foo", "[{\"url\": \"https://storage.example.com/a.png\", \"type\": \"output\"}]"))
                .containsExactly(tuple("/outputs/0/data/foo/0/filename", "required", "error", 36, 24));
    }

    @Test
    void the_custom_node_error_output_which_the_server_drops_is_reported_with_a_plain_message() {
        String run = withExtraOutputName("error", "{\"error_message\": \"CUDA out of memory\"}");

        assertViolations(run).containsExactly(tuple("/outputs/0/data/error", "type", "error", 36, 25));
        assertThat(DEFAULTS.validate("comfydeploy-v2", run).violations().get(0).message())
                .isEqualTo("outputs[0].data.error is an object; expected an array");
    }

    // comfydeploy-v2, outputs[].node_meta: required, any JSON value (SDK Nullable[Any], server Optional[Any]).

    @ParameterizedTest(name = "node_meta = {0}")
    @ValueSource(strings = {"null", "{}", "{\"node_class\": \"SaveImage\"}", "\"SaveImage\"", "[\"9\", \"SaveImage\"]", "9", "true"})
    void node_meta_may_be_any_json_value(String value) {
        String run = resource(V2).replace("\"node_meta\": null", "\"node_meta\": " + value);

        assertThat(run).contains("\"node_meta\": " + value + ",");
        assertThat(STRICT.validate("comfydeploy-v2", run).violations()).isEmpty();
    }

    @Test
    void node_meta_is_still_required() {
        String run = resource(V2).replace("      \"node_meta\": null,\n", "");

        assertThat(run).doesNotContain("\"node_meta\": null");
        assertViolations(run).containsExactly(tuple("/outputs/1/node_meta", "required", "error", 58, 5));
    }

    // comfydeploy-v1, gpu: a closed enum of every value a v1 SDK published (seed era: five of them).

    @ParameterizedTest(name = "gpu = {0}")
    @ValueSource(strings = {"T4", "L4", "A10G", "A100", "H100", "A100-80GB", "CPU", "L40S"})
    void a_v1_gpu_that_any_v1_sdk_published_conforms(String gpu) {
        assertThat(STRICT.validate("comfydeploy-v1", withV1Gpu("\"" + gpu + "\"")).violations()).isEmpty();
    }

    @Test
    void a_v1_gpu_that_no_v1_sdk_published_is_an_enum_error() {
        for (String gpu : List.of("H200", "B200", "a100", "A100-40GB")) {
            List<Violation> violations = DEFAULTS.validate("comfydeploy-v1", withV1Gpu("\"" + gpu + "\"")).violations();

            assertThat(violations).extracting(Violation::pointer, v -> v.rule().id(), v -> v.severity().id(), Violation::line, Violation::column)
                    .as(gpu).containsExactly(tuple("/gpu", "enum", "error", 17, 10));
            assertThat(violations.get(0).message()).isEqualTo("gpu is \"" + gpu + "\"; expected one of"
                    + " CPU, T4, L4, A10G, L40S, A100, A100-80GB, H100, null");
        }
    }

    private static String withExtraOutputName(String name, String value) {
        String run = resource(V2).replaceFirst("\"data\": \\{", "\"data\": {\"" + name + "\": "
                + value.replace("\\", "\\\\").replace("$", "\\$") + ", ");
        assertThat(run).contains("\"" + name + "\": " + value + ", ");
        return run;
    }

    private static String withV1Gpu(String value) {
        String run = resource(V1).replace("\"gpu\": \"L4\"", "\"gpu\": " + value);
        assertThat(run).contains("\"gpu\": " + value + ",");
        return run;
    }

    private static ListAssert<Tuple> assertViolations(String run) {
        List<Tuple> found = DEFAULTS.validate("comfydeploy-v2", run).violations().stream()
                .map(v -> tuple(v.pointer(), v.rule().id(), v.severity().id(), v.line(), v.column()))
                .toList();
        return assertThat(found);
    }
}
