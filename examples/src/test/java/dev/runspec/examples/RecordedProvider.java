package dev.runspec.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays the provider in the client's tests: a real HTTP server on 127.0.0.1 that answers
 * {@code GET /run/<name>} with the recording {@code <folder>/<name>.json}, and 404 otherwise.
 */
final class RecordedProvider implements AutoCloseable {

    private final HttpServer server;

    private RecordedProvider(HttpServer server) {
        this.server = server;
    }

    static RecordedProvider serving(Path folder) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/run/", exchange -> answer(exchange, folder));
        server.start();
        return new RecordedProvider(server);
    }

    /** A request for one recorded run, as the client would send it. */
    HttpRequest get(String run) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/run/" + run);
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, Path folder) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/run/".length());
            Path recording = folder.resolve(name + ".json");
            boolean found = name.matches("[\\w-]+") && Files.isRegularFile(recording);
            byte[] body = found ? Files.readAllBytes(recording) : "{\"detail\":\"Not Found\"}".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
