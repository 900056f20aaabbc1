package dev.runspec.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.runspec.core.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real HTTP endpoint on the loopback interface, on a free port, for one test (see
 * {@link WebhookReceiver}): it records every delivery, answers as the test asks, and checks each
 * body against the schema (and its Runflow signature, when asked) after the test. Safe to use
 * from the test's thread while deliveries arrive.
 */
public final class WebhookEndpoint {

    /** The path {@link #uri()} names; any other path on the port is received the same way. */
    public static final String PATH = "/webhook";

    private final RunResponseRecorder recorder;
    private final long maxBodyBytes;
    private final HttpServer server;
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private int[] answers = {200};
    private byte[] runflowSecret;

    WebhookEndpoint(ValidationSettings settings) throws IOException {
        this.recorder = new RunResponseRecorder(settings);
        this.maxBodyBytes = settings.limits().maxDocumentBytes();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    /** Where to send deliveries: {@code http://127.0.0.1:PORT/webhook}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH);
    }

    /**
     * The statuses to answer with, one per delivery in order; the last one answers every delivery
     * after it. {@code answer(503, 503, 200)} makes a sender that retries on 5xx try three times.
     * The default is {@code 200}. Returns this endpoint.
     *
     * @throws IllegalArgumentException when no status is given or one is not between 200 and 599
     */
    public synchronized WebhookEndpoint answer(int... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("answer needs at least one status, such as 200 or 503");
        }
        for (int status : statuses) {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("answer status " + status + " is not between 200 and 599");
            }
        }
        this.answers = statuses.clone();
        return this;
    }

    /**
     * Checks the {@code Runflow-Signature} header of every delivery from now on over its raw body,
     * keyed with this secret; a missing, malformed or wrong one fails the test after it. The secret
     * never appears in a message. Returns this endpoint.
     */
    public synchronized WebhookEndpoint verifyRunflowSignatures(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("the signing secret is empty");
        }
        this.runflowSecret = secret.clone();
        return this;
    }

    /** The deliveries received so far, in arrival order. */
    public synchronized List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /**
     * Waits until at least {@code count} deliveries have arrived, and returns them all.
     *
     * @throws AssertionError naming how many arrived, when fewer than {@code count} arrive in time
     */
    public synchronized List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (deliveries.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Expecting " + count + " deliveries at " + uri() + " within " + timeout.toMillis()
                        + " ms but " + deliveries.size() + " arrived");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(deliveries);
    }

    /** The verdicts so far, in arrival order; {@link RunResponseRecorder#clear()} there forgets deliveries expected to fail. */
    public RunResponseRecorder recorder() {
        return recorder;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            String path = exchange.getRequestURI().toString();
            synchronized (this) {
                int status = answers[Math.min(deliveries.size(), answers.length - 1)];
                String origin = exchange.getRequestMethod() + " " + path + " (answered " + status + ")";
                ValidationResult result = recorder.recordDelivery(origin, body, headers, runflowSecret);
                deliveries.add(new WebhookDelivery(deliveries.size() + 1, exchange.getRequestMethod(), path,
                        Map.copyOf(headers), body, status, result));
                exchange.sendResponseHeaders(status, -1);
                notifyAll();
            }
        }
    }

    /** Stops listening; deliveries already received stay. */
    void stop() {
        server.stop(0);
    }
}
