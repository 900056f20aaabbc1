package dev.runspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.runspec.pact.RunBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The polling client's consumer contract with ComfyDeploy v2: a body derived from the schema,
 * naming only what the client reads. Pact writes {@code target/pacts/examples-poller-comfydeploy.json},
 * and {@code runspec:verify} (execution {@code check-pacts} in this module's pom) checks it at the
 * verify phase.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "comfydeploy", pactVersion = PactSpecVersion.V4)
class PollingClientPactTests {

    static final String RUN = "45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Pact(consumer = "examples-poller")
    V4Pact finishedRun(PactDslWithProvider builder) {
        return builder
                .given("run " + RUN + " has succeeded with one image")
                .uponReceiving("a finished run with its outputs")
                .method("GET")
                .path("/api/run/" + RUN)
                .willRespondWith()
                .status(200)
                .body(RunBody.of("comfydeploy-v2")
                        .field("id", RUN)
                        .field("status", "success")
                        .field("ended_at")
                        .eachLike("outputs", output -> output
                                .object("data", data -> data
                                        .eachLike("images", image -> image
                                                .field("url", "https://storage.example.com/outputs/ComfyUI_00001_.png"))))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    void reads_the_image_urls_of_a_finished_run(MockServer provider) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(provider.getUrl() + "/api/run/" + RUN)).build(),
                BodyHandlers.ofString()).body();

        JsonNode run = JSON.readTree(body);
        assertThat(run.get("status").asString()).isEqualTo("success");
        assertThat(run.at("/outputs/0/data/images/0/url").asString()).endsWith("ComfyUI_00001_.png");
    }
}
