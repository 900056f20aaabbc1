package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One delivery a {@link WebhookEndpoint} received.
 *
 * @param number 1-based, in the order deliveries arrived
 * @param method the request method, normally {@code POST}
 * @param path the request path with its query, as the sender wrote it
 * @param headers the request headers as received
 * @param body the raw body, the bytes a signature covers
 * @param answeredWith the status the endpoint answered with
 * @param result the verdict on the body (and on its signature, when the endpoint checks them)
 */
public record WebhookDelivery(int number, String method, String path, Map<String, List<String>> headers, byte[] body,
        int answeredWith, ValidationResult result) {

    /** Keeps its own copy of the body and the headers, so a delivery never changes. */
    public WebhookDelivery {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A copy of the raw body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, ignoring case, or {@code null} when the delivery had none. */
    public String header(String name) {
        return RunResponseRecorder.header(headers, name);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
