package dev.runspec.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's own) that plays a provider: {@code GET /runs/<name>}
 * answers with {@code recordings/comfydeploy-v2/<name>.json}, anything else with 404.
 */
final class RunServer implements AutoCloseable {

    private final HttpServer server;

    private RunServer(HttpServer server) {
        this.server = server;
    }

    static RunServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/runs/", RunServer::answer);
        server.start();
        return new RunServer(server);
    }

    /** The address of a run: {@code http://127.0.0.1:<port>/runs/<name>}. */
    URI run(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/runs/" + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/runs/".length());
        try (exchange; InputStream recording = name.matches("[\\w-]+")
                ? RunServer.class.getClassLoader().getResourceAsStream("recordings/comfydeploy-v2/" + name + ".json")
                : null) {
            byte[] body = recording == null ? "{\"detail\":\"Not Found\"}".getBytes() : recording.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(recording == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
