package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.UnknownSchemaException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interactions map to schemas by method, path (its end), query parameter and status. */
class InteractionMappingTests {

    private static final Map<String, List<String>> NO_QUERY = Map.of();

    @Test
    void the_defaults_map_each_providers_get_run_request() {
        PactChecker checker = PactChecker.create();

        assertThat(schemaFor(checker, "GET", "/api/run/45c48cce", NO_QUERY, 200)).isEqualTo("comfydeploy-v2");
        assertThat(schemaFor(checker, "GET", "/run/45c48cce", NO_QUERY, 200)).isEqualTo("comfydeploy-v2");
        assertThat(schemaFor(checker, "GET", "/api/run/not-a-uuid", NO_QUERY, 422)).isEqualTo("comfydeploy-v2-error");
        assertThat(schemaFor(checker, "GET", "/api/run", Map.of("run_id", List.of("45c48cce")), 200)).isEqualTo("comfydeploy-v1");
        assertThat(schemaFor(checker, "GET", "/v1/runs/0196f1d4", Map.of("embed", List.of("logs")), 200)).isEqualTo("runflow-v1");
    }

    @Test
    void other_requests_and_statuses_map_to_nothing() {
        PactChecker checker = PactChecker.create();

        assertThat(schemaFor(checker, "POST", "/api/run/45c48cce", NO_QUERY, 200)).isNull();
        assertThat(schemaFor(checker, "GET", "/api/run", NO_QUERY, 200)).isNull();
        assertThat(schemaFor(checker, "GET", "/v1/runs/0196f1d4/logs", NO_QUERY, 200)).isNull();
        assertThat(schemaFor(checker, "GET", "/v1/runs/0196f1d4", NO_QUERY, 404)).isNull();
        assertThat(schemaFor(checker, "GET", "/api/runs/45c48cce", NO_QUERY, 200)).isNull();
    }

    @Test
    void a_users_mapping_is_tried_first_and_replaces_the_default_for_the_same_requests() {
        PactChecker checker = PactChecker.builder()
                .map("GET /run/{run_id}=comfydeploy-v1")
                .map(InteractionMapping.parse("get /runs/{id}=runflow-v1"))
                .build();

        assertThat(schemaFor(checker, "GET", "/api/run/45c48cce", NO_QUERY, 200)).isEqualTo("comfydeploy-v1");
        assertThat(schemaFor(checker, "GET", "/api/run/x", NO_QUERY, 422)).isEqualTo("comfydeploy-v2-error");
        assertThat(schemaFor(checker, "GET", "/runs/0196f1d4", NO_QUERY, 200)).isEqualTo("runflow-v1");
        assertThat(checker.mappings()).extracting(InteractionMapping::toString).containsExactly(
                "GET /run/{run_id}=comfydeploy-v1",
                "GET /runs/{id}=runflow-v1",
                "GET /run/{id} 422=comfydeploy-v2-error",
                "GET /run?run_id==comfydeploy-v1",
                "GET /v1/runs/{id}=runflow-v1");
    }

    @Test
    void the_text_form_reads_back_as_written() {
        for (InteractionMapping mapping : InteractionMapping.defaults()) {
            assertThat(InteractionMapping.parse(mapping.toString())).isEqualTo(mapping);
        }
        assertThat(InteractionMapping.parse("GET /run?run_id=comfydeploy-v1")).isEqualTo(InteractionMapping.parse("GET /run?run_id==comfydeploy-v1"));
    }

    @Test
    void a_malformed_mapping_or_unknown_schema_is_one_clear_line() {
        assertThatThrownBy(() -> InteractionMapping.parse("/runs/{id}=runflow-v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mapping '/runs/{id}=runflow-v1' is not of the form METHOD /path/{id}[?param=] [STATUS]=schema-id,"
                        + " for example GET /v1/runs/{id}=runflow-v1, or message:TEXT=schema-id for messages");
        assertThatThrownBy(() -> InteractionMapping.parse("GET /runs/{id}"))
                .hasMessageStartingWith("mapping 'GET /runs/{id}' is not of the form");
        assertThatThrownBy(() -> InteractionMapping.parse("GET /runs/{id} ok=runflow-v1"))
                .hasMessage("mapping 'GET /runs/{id} ok=runflow-v1' has status 'ok'; expected an HTTP status such as 422");
        assertThatThrownBy(() -> PactChecker.builder().map("GET /runs/{id}=runflow-v9").build())
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessageContaining("runflow-v9");
    }

    private static String schemaFor(PactChecker checker, String method, String path, Map<String, List<String>> query, int status) {
        return checker.mappings().stream()
                .filter(m -> m.appliesTo(method, path, query, status))
                .map(InteractionMapping::schemaId)
                .findFirst()
                .orElse(null);
    }
}
