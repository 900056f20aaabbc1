package dev.runspec.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.runspec.pact.RunBody;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run poller's consumer contracts with the three providers, written the way a user writes them:
 * schema-derived bodies naming only what the client reads, served by Pact's mock server and
 * fetched by a real HTTP client. The pact files land in {@code target/pacts};
 * {@link WrittenPactsConformTests} runs this class itself and checks what it writes.
 */
@ExtendWith(PactConsumerTestExt.class)
class RunPollerConsumerPactTests {

    static final String CONSUMER = "run-poller";
    static final String RUNFLOW_RUN = "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a";
    static final String COMFYDEPLOY_RUN = "c9f0f895-fb98-4b91-8d7e-2f1a0b9c8d7e";

    @Pact(consumer = CONSUMER, provider = "runflow")
    V4Pact succeededRunflowRun(PactDslWithProvider builder) {
        return builder
                .given("run " + RUNFLOW_RUN + " has succeeded")
                .uponReceiving("a succeeded run with its node runs")
                .method("GET")
                .path("/v1/runs/" + RUNFLOW_RUN)
                .query("embed=node_runs")
                .willRespondWith()
                .status(200)
                .body(RunBody.of("runflow-v1")
                        .field("id", RUNFLOW_RUN)
                        .field("status_code", "succeeded")
                        .field("cost", "0.0125")
                        .field("completed_at", "2026-05-06T10:05:39.616204+00:00")
                        .eachLike("node_runs", node -> node
                                .field("state_code", "succeeded")
                                .field("cost", "0.0021")
                                .field("preview_value", "https://assets.runflow.example/signed/mask-thumb.webp"))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "succeededRunflowRun", providerName = "runflow", pactVersion = PactSpecVersion.V4)
    void fetches_a_succeeded_runflow_run(MockServer mockServer) throws Exception {
        RunClient.Run run = new RunClient(mockServer.getUrl()).runflow(RUNFLOW_RUN);

        assertThat(run.id()).isEqualTo(RUNFLOW_RUN);
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(run.cost()).isEqualByComparingTo(new BigDecimal("0.0125"));
        assertThat(run.outputUrls()).containsExactly("https://assets.runflow.example/signed/mask-thumb.webp");
    }

    @Pact(consumer = CONSUMER, provider = "comfydeploy-v2")
    V4Pact successfulComfyDeployV2Run(PactDslWithProvider builder) {
        return builder
                .given("run " + COMFYDEPLOY_RUN + " has succeeded with one image")
                .uponReceiving("a successful v2 run with its outputs")
                .method("GET")
                .path("/api/run/" + COMFYDEPLOY_RUN)
                .willRespondWith()
                .status(200)
                .body(RunBody.of("comfydeploy-v2")
                        .field("id", COMFYDEPLOY_RUN)
                        .field("status", "success")
                        .field("progress", 1)
                        .field("created_at")
                        .field("ended_at", "2025-04-02T16:06:31.004511Z")
                        .eachLike("outputs", output -> output
                                .field("run_id", COMFYDEPLOY_RUN)
                                .object("data", data -> data
                                        .eachLike("images", image -> image
                                                .field("url", "https://assets.example.com/out/cabin_00001_.png")
                                                .field("filename", "cabin_00001_.png"))))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "successfulComfyDeployV2Run", providerName = "comfydeploy-v2", pactVersion = PactSpecVersion.V4)
    void fetches_a_successful_comfydeploy_v2_run(MockServer mockServer) throws Exception {
        RunClient.Run run = new RunClient(mockServer.getUrl()).comfyDeployV2(COMFYDEPLOY_RUN);

        assertThat(run.status()).isEqualTo("success");
        assertThat(run.outputUrls()).containsExactly("https://assets.example.com/out/cabin_00001_.png");
    }

    @Pact(consumer = CONSUMER, provider = "comfydeploy-v1")
    RequestResponsePact runningComfyDeployV1Run(PactDslWithProvider builder) {
        return builder
                .given("run " + COMFYDEPLOY_RUN + " is running")
                .uponReceiving("a running v1 run")
                .method("GET")
                .path("/api/run")
                .query("run_id=" + COMFYDEPLOY_RUN)
                .willRespondWith()
                .status(200)
                .body(RunBody.of("comfydeploy-v1")
                        .field("id", COMFYDEPLOY_RUN)
                        .field("status", "running")
                        .field("gpu", "A10G")
                        .field("progress", 0.4)
                        .field("ended_at", null)
                        .build())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "runningComfyDeployV1Run", providerName = "comfydeploy-v1", pactVersion = PactSpecVersion.V3)
    void fetches_a_running_comfydeploy_v1_run(MockServer mockServer) throws Exception {
        RunClient.Run run = new RunClient(mockServer.getUrl()).comfyDeployV1(COMFYDEPLOY_RUN);

        assertThat(run.id()).isEqualTo(COMFYDEPLOY_RUN);
        assertThat(run.status()).isEqualTo("running");
        assertThat(run.outputUrls()).isEmpty();
    }
}
