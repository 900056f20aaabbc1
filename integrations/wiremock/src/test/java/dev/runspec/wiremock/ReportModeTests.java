package dev.runspec.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.runspec.integration.CapturingLogger;
import dev.runspec.integration.MicrometerViolations;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Report mode's log and Micrometer counter, as the HTTP client integrations have them, on a real
 * WireMock server on a loopback port with a real Micrometer registry in the global one.
 */
class ReportModeTests {

    private final HttpClient client = HttpClient.newHttpClient();
    private final CapturingLogger log = new CapturingLogger();
    private final AtomicLong clock = new AtomicLong();
    private final SimpleMeterRegistry global = new SimpleMeterRegistry();
    private WireMockServer server;

    @BeforeEach
    void addRegistry() {
        Metrics.addRegistry(global);
    }

    @AfterEach
    void stop() {
        Metrics.removeRegistry(global);
        if (server != null) {
            server.stop();
        }
    }

    private void start(RunspecWireMock runspec) {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(runspec));
        server.start();
        server.stubFor(get(urlPathTemplate("/v1/runs/{id}")).willReturn(json(Runs.QUEUED)));
        server.stubFor(get(urlPathEqualTo("/v1/runs/drifted")).willReturn(json(Runs.DRIFTED)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private String call(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private double enumViolations(SimpleMeterRegistry registry) {
        var counter = registry.find(MicrometerViolations.METER)
                .tags("schema", "runflow-v1", "rule", "enum", "severity", "error").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Every violation counted; meters of earlier tests reach a registry added to the global one later, at zero. */
    private static double counted(SimpleMeterRegistry registry) {
        return registry.find(MicrometerViolations.METER).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void each_schema_pointer_and_rule_is_logged_once_per_interval_and_every_violation_is_counted() throws Exception {
        start(RunspecWireMock.builder().mode(Mode.REPORT).logInterval(Duration.ofMinutes(1)).logTo(log, clock::get).build());

        assertThat(call("/v1/runs/drifted")).isEqualTo(Runs.DRIFTED);
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        call("/v1/runs/drifted");

        assertThat(log.records).containsExactly(String.format("WARNING runspec: the response WireMock served to "
                + "GET /v1/runs/drifted (HTTP 200) does not conform to schema \"runflow-v1\" (each schema, pointer and rule is "
                + "logged once per PT1M):%n  9:18: /status_code: status_code is \"done\"; expected one of queued, dispatching,"
                + " running, succeeded, failed, cancelled, canceled, partial_succeeded [enum]"));
        assertThat(enumViolations(global)).isEqualTo(2.0);

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        call("/v1/runs/drifted");

        assertThat(log.records).hasSize(2);
        assertThat(enumViolations(global)).isEqualTo(3.0);
    }

    @Test
    void conforming_runs_are_neither_logged_nor_counted() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.builder().mode(Mode.REPORT).logTo(log, clock::get).build();
        start(runspec);

        call("/v1/runs/1");

        assertThat(runspec.verdicts()).singleElement().satisfies(v -> assertThat(v.result().violations()).isEmpty());
        assertThat(log.records).isEmpty();
        assertThat(counted(global)).isZero();
    }

    @Test
    void fail_mode_neither_logs_nor_counts() throws Exception {
        RunspecWireMock runspec = RunspecWireMock.builder().logTo(log, clock::get).build();
        start(runspec);

        call("/v1/runs/drifted");

        assertThat(runspec.failure(0)).isPresent();
        assertThat(log.records).isEmpty();
        assertThat(counted(global)).isZero();
    }

    @Test
    void a_registry_of_its_own_counts_through_the_listener_instead_of_the_global_one() throws Exception {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        MicrometerViolations violations = MicrometerViolations.countIn(own);
        start(RunspecWireMock.builder().mode(Mode.REPORT).countInGlobalRegistry(false).logTo(log, clock::get)
                .listener(served -> violations.count(served.result())).build());

        call("/v1/runs/drifted");

        assertThat(enumViolations(own)).isEqualTo(1.0);
        assertThat(counted(global)).isZero();
        assertThat(log.records).hasSize(1);
    }
}
