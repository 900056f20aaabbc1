package dev.runspec.spring;

import static dev.runspec.spring.RunResultMatcher.conformsToRunSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.runspec.core.FailOn;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.RunValidator;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.RunResponseAssertionError;
import dev.runspec.integration.ServedRuns;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** MockMvc against a controller that serves runs as Runflow does, one conforming and one drifted. */
class RunResultMatcherTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RunflowCompatibleController()).build();

    @Test
    void a_conforming_run_passes() throws Exception {
        mvc.perform(get("/v1/runs/{id}", "conforming")).andExpect(status().isOk())
                .andExpect(conformsToRunSchema("runflow-v1")).andExpect(conformsToRunSchema("auto"));
    }

    @Test
    void a_drifted_run_fails_with_every_violation() {
        ValidationResult expected = RunValidator.create().validate("runflow-v1", ServedRuns.driftedBody(Route.RUNFLOW_V1));

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> mvc.perform(get("/v1/runs/{id}", "drifted").queryParam("embed", "logs"))
                        .andExpect(conformsToRunSchema("runflow-v1")));

        assertThat(failure.getMessage()).startsWith(String.format("%nExpecting run response:%n  "
                + "GET http://localhost/v1/runs/drifted?embed=logs (HTTP 200)%nto conform to schema:%n  \"runflow-v1\"%nbut found "));
        expected.violations().forEach(v -> assertThat(failure.getMessage()).contains("  " + v));
    }

    @Test
    void a_new_field_fails_only_when_warnings_fail() throws Exception {
        mvc.perform(get("/v1/runs/{id}", "with-new-field")).andExpect(conformsToRunSchema("runflow-v1"));

        assertThatThrownBy(() -> mvc.perform(get("/v1/runs/{id}", "with-new-field"))
                .andExpect(conformsToRunSchema("runflow-v1").failingOn(FailOn.WARNING)))
                .hasMessageContaining("with no errors or warnings")
                .hasMessageContaining("/brand_new_field");
    }

    @Test
    void an_unknown_schema_id_is_refused_when_the_matcher_is_made() {
        assertThatThrownBy(() -> conformsToRunSchema("runflow-v9")).isInstanceOf(UnknownSchemaException.class);
    }

    /** A server that means to be Runflow-compatible. */
    @RestController
    static class RunflowCompatibleController {

        @GetMapping(value = "/v1/runs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<byte[]> run(@PathVariable("id") String id) {
            byte[] conforming = ServedRuns.conformingBody(Route.RUNFLOW_V1);
            return ResponseEntity.ok(switch (id) {
                case "drifted" -> ServedRuns.driftedBody(Route.RUNFLOW_V1);
                case "with-new-field" -> new String(conforming, StandardCharsets.UTF_8)
                        .replaceFirst("\\{", "{\"brand_new_field\":1,").getBytes(StandardCharsets.UTF_8);
                default -> conforming;
            });
        }
    }
}
