package dev.runspec.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.FakeProvider.Route;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunEndpointsTests {

    private final RunEndpoints providers = RunEndpoints.providers();

    @ParameterizedTest
    @EnumSource(Route.class)
    void the_providers_get_run_paths_map_to_their_schemas(Route route) {
        URI uri = URI.create("https://api.example.com" + route.pathOf("run_42"));

        assertThat(providers.schemaFor("GET", uri, 200)).contains(ServedRuns.schemaOf(route));
    }

    @Test
    void the_v2_validation_error_maps_to_its_own_schema_and_other_statuses_are_not_runs() {
        URI v2 = URI.create("https://api.comfydeploy.com/api/run/not-a-uuid");

        assertThat(providers.schemaFor("GET", v2, 422)).contains("comfydeploy-v2-error");
        assertThat(providers.schemaFor("GET", v2, 404)).isEmpty();
        assertThat(providers.schemaFor("GET", v2, 502)).isEmpty();
    }

    @Test
    void only_get_requests_of_a_run_path_are_runs() {
        assertThat(providers.schemaFor("POST", URI.create("http://h/v1/runs/r1"), 200)).isEmpty();
        assertThat(providers.schemaFor("GET", URI.create("http://h/v1/runs"), 200)).isEmpty();
        assertThat(providers.schemaFor("GET", URI.create("http://h/v1/runs/r1/logs"), 200)).isEmpty();
        assertThat(providers.schemaFor("GET", URI.create("http://h/api/run"), 200)).isEmpty();
        assertThat(providers.schemaFor("GET", URI.create("http://h/api/run?run_id="), 200)).isEmpty();
        assertThat(providers.schemaFor("GET", URI.create("http://h/api/run?x=1&run_id=r1"), 200)).contains("comfydeploy-v1");
    }

    @Test
    void a_base_path_in_front_of_the_pattern_still_matches() {
        assertThat(providers.schemaFor("GET", URI.create("http://gateway/runflow/v1/runs/r1?embed=logs"), 200))
                .contains("runflow-v1");
    }

    @Test
    void an_added_pattern_wins_over_the_defaults() {
        RunEndpoints mine = providers.with("/v1/runs/{id}", "auto").with("/jobs/{job}/run", "comfydeploy-v2");

        assertThat(mine.schemaFor("GET", URI.create("http://h/v1/runs/r1"), 200)).contains("auto");
        assertThat(mine.schemaFor("GET", URI.create("http://h/jobs/7/run"), 201)).contains("comfydeploy-v2");
        assertThat(RunEndpoints.none().schemaFor("GET", URI.create("http://h/v1/runs/r1"), 200)).isEmpty();
    }

    @Test
    void a_pattern_that_is_not_a_path_is_refused_in_one_line() {
        assertThatThrownBy(() -> providers.with("v1/runs/{id}", "runflow-v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a run endpoint pattern is a path starting with '/', like /v1/runs/{id} or "
                        + "/api/run?run_id={id}; got 'v1/runs/{id}'");
        assertThatThrownBy(() -> providers.with("/v1/runs/{id}", 99, "runflow-v1"))
                .hasMessage("an HTTP status is between 100 and 599; got 99");
    }
}
