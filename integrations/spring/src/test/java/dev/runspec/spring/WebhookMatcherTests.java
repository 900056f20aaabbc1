package dev.runspec.spring;

import static dev.runspec.spring.RunResultMatcher.conformsToRunSchema;
import static dev.runspec.spring.RunResultMatcher.webhookConformsToRunSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.runspec.core.RunValidator;
import dev.runspec.core.RunflowSignature;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.ServedRuns;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** MockMvc against a controller receiving ComfyDeploy webhooks and Runflow callbacks, as an application does. */
class WebhookMatcherTests {

    private static final byte[] SECRET = "whsec_test".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CALLBACK = ServedRuns.resource("/conforming/runflow-callback/completed.json");
    private static final byte[] DRIFTED_CALLBACK = ServedRuns.resource("/violating/runflow-callback/drifted.json");
    private static final byte[] RUN_UPDATED = ServedRuns.resource("/conforming/comfydeploy-v2-webhook/run-updated-success.json");

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Receiver()).build();

    @Test
    void a_delivery_the_provider_could_send_passes() throws Exception {
        mvc.perform(post("/hooks/comfydeploy").contentType(MediaType.APPLICATION_JSON).content(RUN_UPDATED))
                .andExpect(status().isNoContent())
                .andExpect(webhookConformsToRunSchema("comfydeploy-v2-webhook"))
                .andExpect(webhookConformsToRunSchema("auto"));
    }

    @Test
    void a_made_up_delivery_fails_with_every_violation() {
        ValidationResult expected = RunValidator.create().validate("runflow-callback", DRIFTED_CALLBACK);

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> mvc.perform(post("/hooks/runflow").contentType(MediaType.APPLICATION_JSON).content(DRIFTED_CALLBACK))
                        .andExpect(webhookConformsToRunSchema("runflow-callback")));

        assertThat(expected.violations()).isNotEmpty();
        assertThat(failure.getMessage()).startsWith(String.format("%nExpecting webhook delivery:%n  "
                + "POST http://localhost/hooks/runflow (answered 204)%nto conform to schema:%n  \"runflow-callback\"%nbut found "));
        expected.violations().forEach(v -> assertThat(failure.getMessage()).contains("  " + v));
    }

    @Test
    void with_the_secret_the_runflow_signature_is_checked_over_the_bytes_received() throws Exception {
        mvc.perform(post("/hooks/runflow").contentType(MediaType.APPLICATION_JSON).content(CALLBACK)
                        .header(RunflowSignature.HEADER, RunflowSignature.sign(CALLBACK, SECRET)))
                .andExpect(webhookConformsToRunSchema("runflow-callback").withRunflowSecret(SECRET));

        for (List<String> signature : List.<List<String>>of(List.of(), List.of(RunflowSignature.sign(CALLBACK, "other".getBytes(StandardCharsets.UTF_8))))) {
            var request = post("/hooks/runflow").contentType(MediaType.APPLICATION_JSON).content(CALLBACK);
            signature.forEach(value -> request.header(RunflowSignature.HEADER, value));
            assertThatThrownBy(() -> mvc.perform(request)
                    .andExpect(webhookConformsToRunSchema("runflow-callback").withRunflowSecret(SECRET)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but found 1 error:")
                    .hasMessageContaining("1:1: (document): ")
                    .hasMessageEndingWith("[signature]");
        }
    }

    @Test
    void a_signature_belongs_to_a_delivery_not_to_a_response() {
        assertThatThrownBy(() -> conformsToRunSchema("runflow-v1").withRunflowSecret(SECRET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a Runflow signature comes with a delivery: use webhookConformsToRunSchema(id)");
    }

    /** What an application receiving deliveries has: it answers 204 to whatever it is posted. */
    @RestController
    static class Receiver {

        @PostMapping("/hooks/comfydeploy")
        ResponseEntity<Void> comfyDeploy(@RequestBody byte[] delivery) {
            return ResponseEntity.noContent().build();
        }

        @PostMapping("/hooks/runflow")
        ResponseEntity<Void> runflow(@RequestBody byte[] callback) {
            return ResponseEntity.noContent().build();
        }
    }
}
