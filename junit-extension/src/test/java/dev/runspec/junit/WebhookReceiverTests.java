package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link WebhookReceiver} on the real Jupiter engine, with a real {@link HttpClient} posting to the
 * endpoint the way Runflow and ComfyDeploy do: raw bytes, signature header, retries on 5xx. The
 * signatures are the OpenSSL vectors of core's {@code signatures/vectors.tsv}
 * ({@code openssl dgst -sha256 -hmac "whsec_runspec_test_secret" completed.json}).
 */
class WebhookReceiverTests {

    static final Path BODIES = Path.of("../core/src/test/resources");
    static final byte[] SECRET = "whsec_runspec_test_secret".getBytes(StandardCharsets.UTF_8);
    static final byte[] COMPLETED = bytes("conforming/runflow-callback/completed.json");
    static final String COMPLETED_SIGNATURE = "2eee17bbdd2bb4ed354d96e7ffb0aed9443ddab4d37a898c2106fb62382d8e72";
    static final byte[] FAILED = bytes("conforming/runflow-callback/failed.json");
    static final String FAILED_SIGNATURE = "1af167df57c86aebf324667d1969a442a2eaa8189cc683796442363d11c9563c";
    static final byte[] DRIFTED = bytes("violating/runflow-callback/drifted.json");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicReference<URI> LAST_URI = new AtomicReference<>();

    @Test
    void signed_callbacks_that_conform_pass_and_are_recorded_with_their_headers() {
        ExampleRun run = ExampleRun.of(SignedCallbacks.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).containsExactly("receives_two_signed_callbacks");
    }

    @Test
    void a_sender_that_retries_on_5xx_is_answered_as_the_test_asks() {
        ExampleRun run = ExampleRun.of(Retries.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).containsExactly("retries_until_acknowledged");
    }

    @Test
    void every_delivery_is_checked_after_the_test_in_the_words_of_validate_run_response() {
        ExampleRun run = ExampleRun.of(BadDeliveries.class);

        assertThat(run.passed()).isEmpty();
        assertThat(run.failures()).containsOnlyKeys("receives_a_forged_an_unsigned_and_a_drifted_callback");
        String message = run.failures().get("receives_a_forged_an_unsigned_and_a_drifted_callback");
        assertThat(message).startsWith(String.format("%nExpecting every run response the test recorded to conform to schema:%n"
                + "  \"runflow-callback\"%n"
                + "but 3 of 4 did not:%n"
                + "  response 2: POST /webhook (answered 200), 1 error:%n"
                + "    1:1: (document): Runflow-Signature does not match the HMAC-SHA256 of the body's 358 raw bytes with this"
                + " secret (a body parsed and written again, or another secret?) [signature]%n"
                + "  response 3: POST /webhook?attempt=1 (answered 200), 1 error:%n"
                + "    1:1: (document): the delivery has no Runflow-Signature header; Runflow sends one whenever the endpoint"
                + " has a secret [signature]%n"
                + "  response 4: POST /webhook (answered 200), 7 errors and 1 warning:%n"
                + "    1:1: /metadata: metadata is missing; it is required [required]%n"
                + "    2:12: /event: event is \"run.canceled\"; expected one of run.completed, run.failed, run.cancelled,"
                + " run.partial_succeeded [enum]%n"))
                .endsWith("    9:15: /batch_id: batch_id is not a documented member [unknown-property, warning]");
        assertThat(message).doesNotContain("whsec_runspec_test_secret");
    }

    @Test
    void comfydeploy_deliveries_are_detected_by_shape_and_the_docs_page_body_is_caught() {
        ExampleRun run = ExampleRun.of(ComfyDeployDeliveries.class);

        assertThat(run.passed()).containsExactly("receives_server_built_updates");
        assertThat(run.failures().get("receives_a_body_shaped_like_the_docs_page")).contains(
                "against \"comfydeploy-v2-webhook\" (detected by shape)",
                "/status: status is \"completed\"; expected one of not-started, running, uploading, success, failed, started,"
                        + " queued, timeout, cancelled [enum]");
    }

    @Test
    void each_test_gets_its_own_endpoint_which_stops_after_the_test() {
        ExampleRun run = ExampleRun.of(StoppedAfterTheTest.class);

        assertThat(run.passed()).containsExactly("gets_an_endpoint");
        assertThatThrownBy(() -> post(LAST_URI.get(), COMPLETED, null)).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void a_test_can_expect_a_bad_delivery_and_clear_it() {
        ExampleRun run = ExampleRun.of(ExpectedDrift.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.passed()).containsExactly("asserts_on_the_verdict_then_clears");
    }

    @Test
    void the_recorder_records_a_delivery_with_its_headers_and_checks_its_signature() {
        ExampleRun run = ExampleRun.of(RecorderDeliveries.class);

        assertThat(run.passed()).containsExactly("a_signed_delivery");
        assertThat(run.failures().get("a_delivery_with_another_signature")).contains(
                "response 1, 1 error:", "1:1: (document): Runflow-Signature does not match");
    }

    @Test
    void an_oversized_a_malformed_and_an_empty_delivery_are_each_reported_and_nothing_hangs() {
        ExampleRun run = ExampleRun.of(java.util.Map.of("runspec.maxDocumentSize", "1k"), HostileDeliveries.class);

        assertThat(run.passed()).isEmpty();
        assertThat(run.failures().get("receives_hostile_deliveries")).contains(
                "but 3 of 3 did not:",
                "response 1: POST /webhook (answered 200), 1 error:",
                "[limit-exceeded]",
                "response 2: POST /webhook (answered 200), 1 error:",
                "[malformed-json]",
                "response 3: PUT /webhook (answered 200), 1 error:");
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class HostileDeliveries {

        @Test
        void receives_hostile_deliveries(WebhookEndpoint callbacks) throws Exception {
            byte[] large = new byte[64 * 1024];
            java.util.Arrays.fill(large, (byte) ' ');
            large[0] = '{';
            large[large.length - 1] = '}';

            int oversized = sendQuietly(callbacks.uri(), "POST", large);
            assertThat(post(callbacks.uri(), "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8), null).statusCode())
                    .isEqualTo(200);
            assertThat(sendQuietly(callbacks.uri(), "PUT", new byte[0])).isEqualTo(200);

            assertThat(callbacks.awaitDeliveries(3, Duration.ofSeconds(10))).hasSize(3);
            assertThat(oversized).isIn(200, -1);
        }

        /** The status, or -1 when the endpoint closed the connection before the sender finished writing. */
        private static int sendQuietly(URI uri, String method, byte[] body) throws InterruptedException {
            try {
                return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            }
        }
    }

    static HttpResponse<Void> post(URI uri, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Runflow-Request-Id", "req_0196a1f2")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Runflow-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String resource) {
        try {
            return Files.readAllBytes(BODIES.resolve(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class SignedCallbacks {

        @Test
        void receives_two_signed_callbacks(WebhookEndpoint callbacks) throws Exception {
            callbacks.verifyRunflowSignatures(SECRET);

            assertThat(post(callbacks.uri(), COMPLETED, COMPLETED_SIGNATURE).statusCode()).isEqualTo(200);
            assertThat(post(callbacks.uri(), FAILED, FAILED_SIGNATURE).statusCode()).isEqualTo(200);

            List<WebhookDelivery> deliveries = callbacks.awaitDeliveries(2, Duration.ofSeconds(5));
            assertThat(deliveries).extracting(WebhookDelivery::number, WebhookDelivery::method, WebhookDelivery::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "POST", "/webhook"),
                            org.assertj.core.groups.Tuple.tuple(2, "POST", "/webhook"));
            assertThat(deliveries.get(0).header("runflow-signature")).isEqualTo(COMPLETED_SIGNATURE);
            assertThat(deliveries.get(0).header("Runflow-Request-Id")).isEqualTo("req_0196a1f2");
            assertThat(deliveries.get(1).body()).isEqualTo(FAILED);
            assertThat(deliveries).allSatisfy(d -> assertThat(d.result().violations()).isEmpty());
        }
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class Retries {

        @Test
        void retries_until_acknowledged(WebhookEndpoint callbacks) throws Exception {
            callbacks.answer(503, 500, 204).verifyRunflowSignatures(SECRET);

            CompletableFuture<Integer> attempts = CompletableFuture.supplyAsync(() -> {
                int attempt = 0;
                int status;
                do {
                    attempt++;
                    status = post(callbacks.uri(), COMPLETED, COMPLETED_SIGNATURE).statusCode();
                } while (status >= 500 && attempt < 5);
                return attempt;
            });

            assertThat(attempts.get()).isEqualTo(3);
            assertThat(callbacks.awaitDeliveries(3, Duration.ofSeconds(5))).extracting(WebhookDelivery::answeredWith)
                    .containsExactly(503, 500, 204);
        }
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class BadDeliveries {

        @Test
        void receives_a_forged_an_unsigned_and_a_drifted_callback(WebhookEndpoint callbacks) throws Exception {
            callbacks.verifyRunflowSignatures(SECRET);

            post(callbacks.uri(), COMPLETED, COMPLETED_SIGNATURE);
            post(callbacks.uri(), COMPLETED, FAILED_SIGNATURE);
            post(URI.create(callbacks.uri() + "?attempt=1"), FAILED, null);
            post(callbacks.uri(), DRIFTED, RunflowSignatures.of(DRIFTED));

            assertThat(callbacks.awaitDeliveries(4, Duration.ofSeconds(5))).hasSize(4);
        }
    }

    /** Signs test bodies as Runflow would, for bodies without an OpenSSL vector. */
    static final class RunflowSignatures {
        static String of(byte[] body) {
            return dev.runspec.core.RunflowSignature.sign(body, SECRET);
        }
    }

    @WebhookReceiver
    static class ComfyDeployDeliveries {

        @Test
        void receives_server_built_updates(WebhookEndpoint webhook) throws Exception {
            for (String name : List.of("run-updated-queued", "run-updated-running", "run-output", "run-updated-success")) {
                post(webhook.uri(), bytes("conforming/comfydeploy-v2-webhook/" + name + ".json"), null);
            }

            assertThat(webhook.awaitDeliveries(4, Duration.ofSeconds(5))).extracting(d -> d.result().schemaId())
                    .containsOnly("comfydeploy-v2-webhook");
        }

        @Test
        void receives_a_body_shaped_like_the_docs_page(WebhookEndpoint webhook) throws Exception {
            byte[] docsShaped = new String(bytes("conforming/comfydeploy-v2-webhook/run-updated-success.json"), StandardCharsets.UTF_8)
                    .replace("\"success\"", "\"completed\"").getBytes(StandardCharsets.UTF_8);

            post(webhook.uri(), docsShaped, null);

            assertThat(webhook.awaitDeliveries(1, Duration.ofSeconds(5))).hasSize(1);
        }
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class StoppedAfterTheTest {

        @Test
        void gets_an_endpoint(WebhookEndpoint callbacks) {
            LAST_URI.set(callbacks.uri());

            assertThat(callbacks.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(callbacks.uri().getPort()).isPositive();
        }
    }

    @WebhookReceiver(schema = "runflow-callback")
    static class ExpectedDrift {

        @Test
        void asserts_on_the_verdict_then_clears(WebhookEndpoint callbacks) throws Exception {
            post(callbacks.uri(), DRIFTED, null);

            assertThat(callbacks.awaitDeliveries(1, Duration.ofSeconds(5)).get(0).result().isValid()).isFalse();
            callbacks.recorder().clear();
        }
    }

    @ValidateRunResponse(schema = "runflow-callback")
    static class RecorderDeliveries {

        @Test
        void a_signed_delivery(RunResponseRecorder runs) {
            assertThat(runs.recordDelivery(COMPLETED, java.util.Map.of("runflow-signature", List.of(COMPLETED_SIGNATURE)), SECRET))
                    .isSameAs(COMPLETED);
        }

        @Test
        void a_delivery_with_another_signature(RunResponseRecorder runs) {
            runs.recordDelivery(COMPLETED, java.util.Map.of("Runflow-Signature", List.of(FAILED_SIGNATURE)), SECRET);
        }
    }
}
