package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runspec simulate} in process: it serves on a free loopback port, prints its base URL, logs
 * each request on one line, serves a run a plain HTTP client creates and polls to its end, and
 * stops cleanly; a wrong option is one line and status 2.
 */
class SimulateCommandTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern STATUS = Pattern.compile("\"status_code\":\"([a-z_]+)\"");

    /** A simulate command running on its own thread, its streams captured. */
    private record Serving(CompletableFuture<Integer> status, ByteArrayOutputStream out, ByteArrayOutputStream err) {

        static Serving start(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Runspec.run(args,
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            return new Serving(status, out, err);
        }

        List<String> outLines() {
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        }

        URI baseUrl() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && !status.isDone()) {
                List<String> lines = outLines();
                if (!lines.isEmpty()) {
                    return URI.create(lines.get(0));
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no base URL printed; err: " + err.toString(StandardCharsets.UTF_8));
        }

        int stop() throws Exception {
            SimulateCommand.stopAll();
            return status.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void serves_a_run_a_plain_client_creates_and_polls_to_its_end_and_logs_each_request() throws Exception {
        Serving serving = Serving.start("simulate", "--api", "runflow-v1", "--seed", "4", "--speed", "50");
        try {
            URI base = serving.baseUrl();
            assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/models/acme/upscale/runs"))
                    .header("X-Runspec-Script", "partial_succeeded")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"input\":{\"prompt\":\"a lighthouse\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String id = created.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
            String status = null;
            for (int poll = 0; poll < 200 && !"partial_succeeded".equals(status); poll++) {
                HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/runs/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(got.statusCode()).isEqualTo(200);
                Matcher m = STATUS.matcher(got.body());
                assertThat(m.find()).isTrue();
                status = m.group(1);
                Thread.sleep(20);
            }
            assertThat(status).as("polled to its end at 50x").isEqualTo("partial_succeeded");
            List<String> lines = serving.outLines();
            assertThat(lines.get(1)).matches("\\S+Z POST /v1/models/acme/upscale/runs 201");
            assertThat(lines.subList(2, lines.size())).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).matches("\\S+Z GET /v1/runs/" + id + " 200"));
        } finally {
            assertThat(serving.stop()).isZero();
        }
        assertThat(SimulateCommand.serving()).isFalse();
        String err = serving.err().toString(StandardCharsets.UTF_8);
        assertThat(err.lines()).first().asString().startsWith("runspec: simulating runflow-v1 at http://127.0.0.1:")
                .contains("partial_succeeded", "Ctrl-C stops");
        assertThat(err.lines()).last().asString().matches("runspec: stopped after \\d+ requests and 1 runs");
    }

    @Test
    void injects_the_faults_it_is_given_and_logs_them() throws Exception {
        Serving serving = Serving.start("simulate", "--api", "comfydeploy-v2", "--faults", "503", "--speed", "10");
        try {
            URI base = serving.baseUrl();
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/run/deployment/queue"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"deployment_id\":\"15e79589-12c9-453c-a41a-348fdd7de957\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String id = created.body().replaceAll(".*\"run_id\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/run/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(got.statusCode()).isEqualTo(503);
            assertThat(serving.outLines()).last().asString().endsWith("GET /api/run/" + id + " 503 [503]");
        } finally {
            assertThat(serving.stop()).isZero();
        }
    }

    @Test
    void a_wrong_option_is_one_line_and_status_2(@TempDir Path temp) throws IOException {
        Path invalid = Files.writeString(temp.resolve("scripts.yaml"), "scripts:\n  - name: x\n    steps: [{status: done}]\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<List<String>> wrong = List.of(
                    List.of("--api", "openai-v1"),
                    List.of("--api", "runflow-v1", "--faults", "418:0.5"),
                    List.of("--api", "runflow-v1", "--speed", "0"),
                    List.of("--api", "runflow-v1", "--scripts", temp.resolve("missing.yaml").toString()),
                    List.of("--api", "runflow-v1", "--scripts", invalid.toString()),
                    List.of("--api", "runflow-v1", "--port", Integer.toString(taken.getLocalPort())),
                    List.of("--api", "runflow-v1", "--port", "70000"));
            for (List<String> args : wrong) {
                String[] command = new String[args.size() + 1];
                command[0] = "simulate";
                for (int i = 0; i < args.size(); i++) {
                    command[i + 1] = args.get(i);
                }
                Outcome outcome = runspec(command);

                assertThat(outcome.status()).as("%s", args).isEqualTo(2);
                assertThat(outcome.out()).as("%s", args).isEmpty();
                assertThat(outcome.errLines()).as("%s", args).hasSize(1).first().asString()
                        .startsWith("runspec simulate: ").endsWith("(see 'runspec simulate --help')");
            }
            assertThat(runspec("simulate", "--api", "runflow-v1", "--port", Integer.toString(taken.getLocalPort())).err())
                    .startsWith("runspec simulate: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
        assertThat(runspec("simulate", "--api", "runflow-v1", "--faults", "418:0.5").err()).contains("418");
        assertThat(runspec("simulate", "--api", "runflow-v1", "--scripts", invalid.toString()).err())
                .contains("scripts.yaml");
        assertThat(runspec("simulate", "--api", "openai-v1").err()).contains("unknown api 'openai-v1'");
        assertThat(SimulateCommand.serving()).isFalse();
    }

    @Test
    void its_help_names_every_option_and_the_exit_statuses() {
        Outcome help = runspec("simulate", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--api", "--port", "--seed", "--speed", "--faults", "--scripts", "Exit status:");
        assertThat(runspec("--help").out()).contains("simulate");
    }
}
