package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.runspec.core.FakeProvider.Answer;
import dev.runspec.core.FakeProvider.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeProviderTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static FakeProvider provider;

    @BeforeAll
    static void start() throws Exception {
        provider = FakeProvider.start();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void each_route_answers_on_the_providers_own_get_run_path() throws Exception {
        provider.serve(Route.COMFYDEPLOY_V1, "r1", Answer.json("{\"v\":1}"))
                .serve(Route.COMFYDEPLOY_V2, "r1", Answer.json("{\"v\":2}"))
                .serve(Route.RUNFLOW_V1, "r1", Answer.json("{\"v\":\"runflow\"}"));

        assertThat(provider.address(Route.COMFYDEPLOY_V1, "r1")).hasHost("127.0.0.1").hasPath("/api/run").hasQuery("run_id=r1");
        assertThat(provider.address(Route.COMFYDEPLOY_V2, "r1")).hasHost("127.0.0.1").hasPath("/api/run/r1");
        assertThat(provider.address(Route.RUNFLOW_V1, "r1")).hasHost("127.0.0.1").hasPath("/v1/runs/r1");
        assertThat(get(provider.address(Route.COMFYDEPLOY_V1, "r1")).body()).isEqualTo("{\"v\":1}");
        assertThat(get(provider.address(Route.COMFYDEPLOY_V2, "r1")).body()).isEqualTo("{\"v\":2}");
        assertThat(get(provider.address(Route.RUNFLOW_V1, "r1")).body()).isEqualTo("{\"v\":\"runflow\"}");
        assertThat(get(URI.create(provider.address(Route.RUNFLOW_V1, "r1") + "?embed=node_runs")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_registered_answer_keeps_its_status_and_content_type() throws Exception {
        provider.serve(Route.RUNFLOW_V1, "gateway", new Answer(502, "text/html", "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> response = get(provider.address(Route.RUNFLOW_V1, "gateway"));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).isEqualTo("<html>Bad Gateway</html>");
    }

    @Test
    void a_folder_serves_each_json_file_under_its_name() throws Exception {
        @SuppressWarnings("resource")
        FakeProvider served = provider.serveFolder(Route.COMFYDEPLOY_V2, folder());

        assertThat(get(served.address(Route.COMFYDEPLOY_V2, "queued")).body()).isEqualTo("{\"status\":\"queued\"}");
        assertThat(get(served.address(Route.COMFYDEPLOY_V2, "notes")).statusCode()).isEqualTo(404);
    }

    @Test
    void anything_not_registered_is_not_found_and_only_get_is_allowed() throws Exception {
        provider.serve(Route.COMFYDEPLOY_V2, "only-v2", Answer.json("{}"));

        HttpResponse<String> otherRoute = get(provider.address(Route.RUNFLOW_V1, "only-v2"));
        assertThat(otherRoute.statusCode()).isEqualTo(404);
        assertThat(otherRoute.body()).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(get(URI.create("http://127.0.0.1:" + provider.address(Route.RUNFLOW_V1, "x").getPort() + "/runs/only-v2"))
                .statusCode()).isEqualTo(404);
        assertThat(get(provider.address(Route.COMFYDEPLOY_V2, "only-v2/../only-v2")).statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(provider.address(Route.COMFYDEPLOY_V2, "only-v2"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThatIllegalArgumentException().isThrownBy(() -> provider.serve(Route.RUNFLOW_V1, "a/b", Answer.json("{}")))
                .withMessage("a run id is letters, digits, '_', '-' and '.'; got 'a/b'");
    }

    @TempDir
    static Path temp;

    private static Path folder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("runs"));
        Files.writeString(folder.resolve("queued.json"), "{\"status\":\"queued\"}");
        Files.writeString(folder.resolve("notes.txt"), "not a run");
        return folder;
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofString());
    }
}
