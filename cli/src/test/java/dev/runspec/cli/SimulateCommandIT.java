package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runspec simulate} as a process, on the packaged jar (run after {@code package} by
 * failsafe): its first line is the base URL, a plain HTTP client creates a run and polls it to its
 * end, and SIGTERM stops it with exit status 0 and a last note on standard error.
 */
@DisabledOnOs(OS.WINDOWS)
class SimulateCommandIT {

    @Test
    void serves_until_sigterm_then_exits_0(@TempDir Path temp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errFile = temp.resolve("err.txt");
        Process process = new ProcessBuilder(java.toString(), "-jar", Path.of("target", "runspec.jar").toString(),
                "simulate", "--api", "runflow-v1", "--speed", "100", "--seed", "2")
                .redirectError(errFile.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String base = out.readLine();
            assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/models/acme/flux/runs"))
                    .header("X-Runspec-Script", "cancelled")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"input\":{}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(out.readLine()).endsWith(" POST /v1/models/acme/flux/runs 201");
            String id = created.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
            String body = "";
            for (int poll = 0; poll < 100 && !body.contains("\"status_code\":\"cancelled\""); poll++) {
                Thread.sleep(20);
                body = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/runs/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(out.readLine()).endsWith(" GET /v1/runs/" + id + " 200");
            }
            assertThat(body).contains("\"status_code\":\"cancelled\"");

            process.destroy();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            String err = Files.readString(errFile);
            assertThat(err).startsWith("runspec: simulating runflow-v1 at " + base)
                    .containsPattern("runspec: stopped after \\d+ requests and 1 runs\n$");
        } finally {
            process.destroyForcibly().waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS);
        }
    }
}
