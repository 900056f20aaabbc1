package dev.runspec.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.CheckMode;
import dev.runspec.integration.RunResponseCheck;
import dev.runspec.okhttp.RunResponseInterceptor;
import dev.runspec.restassured.RunResponseFilter;
import dev.runspec.spring.RunResponseClientInterceptor;
import dev.runspec.spring.RunResponseExchangeFilter;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What checking every run response costs a real HTTP call: one GET of the 8 KB Runflow run (every
 * embed filled, conforming) from a loopback server, through each client without runspec and with
 * runspec's interceptor or filter in {@code REPORT} mode, beside validating the same body alone.
 * The interceptor's cost is the difference between a client's two scores; the target is that it
 * costs no more than {@link #validateBodyAlone()}. Run it on its own, briefly:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main IntegrationOverhead -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class IntegrationOverhead {

    private static final String PATH = "/v1/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a";

    private byte[] body;
    private HttpServer server;
    private ExecutorService serverThreads;
    private URI uri;
    private RunValidator validator;

    private OkHttpClient okhttp;
    private OkHttpClient okhttpChecked;
    private RestClient restClient;
    private RestClient restClientChecked;
    private WebClient webClient;
    private WebClient webClientChecked;
    private RunResponseFilter restAssuredFilter;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        body = Resources.bytes("documents/runflow-v1-every-embed.json");
        // Without it the JDK server's separate header and body writes meet the client's delayed ACK: 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);

        validator = RunValidator.create();
        RunResponseCheck check = RunResponseCheck.builder().mode(CheckMode.REPORT).validator(validator).build();
        okhttp = new OkHttpClient();
        okhttpChecked = okhttp.newBuilder().addInterceptor(new RunResponseInterceptor(check)).build();
        restClient = RestClient.create();
        restClientChecked = RestClient.builder().requestInterceptor(new RunResponseClientInterceptor(check)).build();
        webClient = WebClient.builder().clientConnector(new JdkClientHttpConnector()).build();
        webClientChecked = WebClient.builder().clientConnector(new JdkClientHttpConnector())
                .filter(new RunResponseExchangeFilter(check)).build();
        restAssuredFilter = new RunResponseFilter(check);

        if (!validateBodyAlone().isValid()) {
            throw new IllegalStateException("the benchmark's run must conform");
        }
        for (byte[] received : new byte[][] {okhttpChecked(), restClientChecked(), webClientChecked(), restAssuredChecked()}) {
            if (!Arrays.equals(received, body)) {
                throw new IllegalStateException("a client did not receive the body as served");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
        serverThreads.shutdownNow();
        okhttp.dispatcher().executorService().shutdown();
        okhttp.connectionPool().evictAll();
    }

    @Benchmark
    public ValidationResult validateBodyAlone() {
        return validator.validate("runflow-v1", body);
    }

    @Benchmark
    public byte[] okhttp() throws IOException {
        return get(okhttp);
    }

    @Benchmark
    public byte[] okhttpChecked() throws IOException {
        return get(okhttpChecked);
    }

    @Benchmark
    public byte[] restClient() {
        return restClient.get().uri(uri).retrieve().body(byte[].class);
    }

    @Benchmark
    public byte[] restClientChecked() {
        return restClientChecked.get().uri(uri).retrieve().body(byte[].class);
    }

    @Benchmark
    public byte[] webClient() {
        return webClient.get().uri(uri).retrieve().bodyToMono(byte[].class).block();
    }

    @Benchmark
    public byte[] webClientChecked() {
        return webClientChecked.get().uri(uri).retrieve().bodyToMono(byte[].class).block();
    }

    @Benchmark
    public byte[] restAssured() {
        return RestAssured.given().get(uri).asByteArray();
    }

    @Benchmark
    public byte[] restAssuredChecked() {
        return RestAssured.given().filter(restAssuredFilter).get(uri).asByteArray();
    }

    private byte[] get(OkHttpClient client) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
            return response.body().bytes();
        }
    }
}
