package dev.runspec.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.runspec.core.RunValidator;
import dev.runspec.wiremock.RunspecWireMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What runspec-wiremock costs a call: one GET of a conforming ComfyDeploy v2 run from a WireMock
 * server on a loopback port, side by side through a server with {@link RunspecWireMock} in report
 * mode and through one without it, and the validation of the same body alone (the target: the
 * check costs no more than validating the body). Not part of {@link RunBenchmarks}' default set:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main WireMockServing}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class WireMockServing {

    private static final Document RUN = Document.COMFYDEPLOY_V2_SUCCESS;

    private WireMockServer plain;
    private WireMockServer checked;
    private RunspecWireMock runspec;
    private RunValidator validator;
    private HttpClient client;
    private HttpRequest toPlain;
    private HttpRequest toChecked;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        runspec = RunspecWireMock.builder().mode(dev.runspec.wiremock.Mode.REPORT).build();
        plain = start(wireMockConfig());
        checked = start(wireMockConfig().extensions(runspec));
        validator = RunValidator.create();
        client = HttpClient.newHttpClient();
        toPlain = HttpRequest.newBuilder(URI.create(plain.baseUrl() + "/api/run/45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6")).build();
        toChecked = HttpRequest.newBuilder(URI.create(checked.baseUrl() + "/api/run/45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6")).build();
        withoutRunspec();
        withRunspecInReportMode();
        if (runspec.verdicts().size() != 1 || !runspec.verdicts().get(0).result().isValid()) {
            throw new IllegalStateException("expected one conforming verdict, got " + runspec.verdicts());
        }
    }

    private static WireMockServer start(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options.dynamicPort().bindAddress("127.0.0.1").disableRequestJournal());
        server.start();
        server.stubFor(get(urlPathTemplate("/api/run/{id}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(RUN.body().bytes())));
        return server;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        plain.stop();
        checked.stop();
    }

    /** The call through a WireMock server without runspec. */
    @Benchmark
    public int withoutRunspec() throws IOException, InterruptedException {
        return client.send(toPlain, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** The same call through a server whose RunspecWireMock checks the body in report mode. */
    @Benchmark
    public int withRunspecInReportMode() throws IOException, InterruptedException {
        return client.send(toChecked, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** Validating the body alone, as the extension does for each call. */
    @Benchmark
    public boolean validatingTheBodyAlone() {
        return validator.validate(RUN.schemaId(), RUN.body().bytes()).isValid();
    }
}
