package dev.runspec.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Plays a provider in tests: a real JDK {@link HttpServer} on 127.0.0.1, on a free port, that
 * answers the providers' own "get run" requests with bodies a test registered beforehand. Tests
 * of every front end (the JUnit extension, the examples) fetch runs from it the way a polling
 * client fetches them from the real API, so their failure messages show the real paths.
 *
 * <p>The routes, as the providers document them (see {@link Route}):
 * <ul>
 * <li>ComfyDeploy v1: {@code GET /api/run?run_id={id}} (base {@code https://www.comfydeploy.com/api},
 *     path {@code /run?run_id=}: the v1 SDKs and the v1-to-v2 upgrade table);</li>
 * <li>ComfyDeploy v2: {@code GET /api/run/{run_id}} (base {@code https://api.comfydeploy.com/api},
 *     path {@code /run/{run_id}}: the v2 API reference page and its curl example);</li>
 * <li>Runflow: {@code GET /v1/runs/{id}} (base {@code https://api.runflow.io}: the get-run API reference).</li>
 * </ul>
 * The real v2 server also keeps the legacy {@code /run?run_id=} path; here that path answers what
 * was registered for v1. Query parameters other than v1's {@code run_id} (Runflow's {@code embed},
 * say) are ignored.
 *
 * <p>Bounded on purpose: it serves only what a test registered, read into memory when registered.
 * A run id is letters, digits, {@code _}, {@code -} and {@code .}; any other request gets 404 with
 * {@code {"detail":"Not Found"}} (what the FastAPI v2 server sends for an unknown route), and a
 * method other than GET gets 405.
 *
 * <pre>{@code
 * try (FakeProvider provider = FakeProvider.start()) {
 *     provider.serve(Route.RUNFLOW_V1, "gateway", new Answer(502, "text/html", page));
 *     HttpResponse<String> response = http.send(HttpRequest.newBuilder(
 *             provider.address(Route.RUNFLOW_V1, "gateway")).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 */
public final class FakeProvider implements AutoCloseable {

    /** The "get run" request of each provider API, by the path it is served on. */
    public enum Route {
        /** ComfyDeploy v1 (legacy): {@code GET /api/run?run_id={id}}. */
        COMFYDEPLOY_V1("/api/run?run_id="),
        /** ComfyDeploy v2: {@code GET /api/run/{run_id}}. */
        COMFYDEPLOY_V2("/api/run/"),
        /** Runflow: {@code GET /v1/runs/{id}}. */
        RUNFLOW_V1("/v1/runs/");

        private final String prefix;

        Route(String prefix) {
            this.prefix = prefix;
        }

        /** The path (and for v1 the query) that asks for run {@code runId}. */
        public String pathOf(String runId) {
            return prefix + runId;
        }
    }

    /** What a run id answers: the HTTP status, the {@code Content-Type} and the body, sent as given. */
    public record Answer(int status, String contentType, byte[] body) {

        /** A 200 response with a JSON body, as a provider sends a run. */
        public static Answer json(byte[] body) {
            return new Answer(200, "application/json", body);
        }

        /** A 200 response with a JSON body, as a provider sends a run. */
        public static Answer json(String body) {
            return json(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final Pattern RUN_ID = Pattern.compile("[\\w.-]+");
    private static final Answer NOT_FOUND = new Answer(404, "application/json",
            "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));

    private final HttpServer server;
    private final Map<Route, Map<String, Answer>> answers = new EnumMap<>(Route.class);

    private FakeProvider(HttpServer server) {
        this.server = server;
        for (Route route : Route.values()) {
            answers.put(route, new ConcurrentHashMap<>());
        }
    }

    /** Starts a provider on 127.0.0.1 and a free port, answering 404 until runs are registered. */
    public static FakeProvider start() throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        FakeProvider provider = new FakeProvider(server);
        server.createContext("/", provider::answer);
        server.start();
        return provider;
    }

    /** From now on, {@code route} asks for {@code runId} get {@code answer}. */
    public FakeProvider serve(Route route, String runId, Answer answer) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("a run id is letters, digits, '_', '-' and '.'; got '" + runId + "'");
        }
        answers.get(route).put(runId, answer);
        return this;
    }

    /** Serves every {@code *.json} file of {@code folder} as a 200 JSON run, its id the file name without {@code .json}. */
    public FakeProvider serveFolder(Route route, Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                serve(route, name.substring(0, name.length() - ".json".length()), Answer.json(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The address a client asks for run {@code runId} on {@code route}, e.g. {@code http://127.0.0.1:41234/v1/runs/queued}. */
    public URI address(Route route, String runId) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + route.pathOf(runId));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Answer answer = lookUp(exchange.getRequestURI()).orElse(NOT_FOUND);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private Optional<Answer> lookUp(URI request) {
        String path = request.getRawPath();
        if (path.equals("/api/run")) {
            return Optional.ofNullable(request.getRawQuery()).flatMap(FakeProvider::v1RunId)
                    .map(answers.get(Route.COMFYDEPLOY_V1)::get);
        }
        for (Route route : new Route[] {Route.COMFYDEPLOY_V2, Route.RUNFLOW_V1}) {
            if (path.startsWith(route.prefix)) {
                return Optional.ofNullable(answers.get(route).get(path.substring(route.prefix.length())));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> v1RunId(String query) {
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("run_id=")) {
                return Optional.of(parameter.substring("run_id=".length()));
            }
        }
        return Optional.empty();
    }
}
