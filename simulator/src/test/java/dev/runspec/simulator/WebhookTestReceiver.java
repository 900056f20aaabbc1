package dev.runspec.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A real webhook receiver on a free loopback port (the JDK's HTTP server): records every request
 * as it arrived (method, path and query, headers, raw bytes) and answers each with the status the
 * test chose for that request's number (1 for the first), optionally after a wall-clock pause.
 */
final class WebhookTestReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "webhook-test-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new ArrayList<>();
    private volatile IntUnaryOperator statusOfRequest = number -> 200;
    private volatile Duration pause = Duration.ZERO;

    WebhookTestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The URL to give a run as its webhook (any path and query may be added). */
    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Answers request number {@code n} (1 for the first) with {@code status.applyAsInt(n)}. */
    WebhookTestReceiver answering(IntUnaryOperator status) {
        this.statusOfRequest = status;
        return this;
    }

    /** Waits this long (wall time) before answering each request. */
    WebhookTestReceiver pausing(Duration pause) {
        this.pause = pause;
        return this;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                        Map.copyOf(exchange.getRequestHeaders()), body));
                number = received.size();
            }
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(statusOfRequest.applyAsInt(number), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
