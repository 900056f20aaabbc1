package dev.runspec.simulator;

import java.nio.charset.StandardCharsets;

/**
 * What the simulator answers: a status, a content type and the body bytes, with an optional
 * {@code Retry-After} (seconds).
 */
record ApiReply(int status, String contentType, byte[] body, String retryAfter) {

    static ApiReply json(int status, String json) {
        return new ApiReply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A one-line plain-text refusal. */
    static ApiReply text(int status, String line) {
        return new ApiReply(status, "text/plain; charset=utf-8", (line + "\n").getBytes(StandardCharsets.UTF_8), null);
    }

    ApiReply withBody(String contentType, String text) {
        return new ApiReply(status, contentType, text.getBytes(StandardCharsets.UTF_8), retryAfter);
    }
}
