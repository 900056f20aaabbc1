package dev.runspec.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * One response body as a contender receives it: the bytes, the same as text (each contender takes
 * whichever its API reads, decoded before the clock starts), and the request path that fetched it.
 *
 * @param bytes the UTF-8 bytes; shared, so never written to
 * @param text the same, as text
 * @param requestPath the path of the GET that returned it, for validators that match responses to operations
 */
record Body(byte[] bytes, String text, String requestPath) {

    static Body of(String text, String requestPath) {
        return new Body(text.getBytes(StandardCharsets.UTF_8), text, requestPath);
    }
}
