package dev.runspec.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received and what it served.
 *
 * @param at the virtual instant it arrived
 * @param method the HTTP method
 * @param uri the path and query as sent
 * @param headers the request headers, names lower case
 * @param status the status served, or {@code -1} when the connection was reset or closed without a response
 * @param fault the injected fault ({@code 503}, {@code reset}, {@code empty}, {@code drift=...}), or empty
 * @param runId the run it concerned, or null
 */
public record ReceivedRequest(Instant at, String method, String uri, Map<String, List<String>> headers, int status,
        String fault, String runId) {

    /** One line for a log: {@code GET /v1/runs/0190... 200 [503]}. */
    public String line() {
        return method + " " + uri + " " + (status < 0 ? "-" : Integer.toString(status))
                + (fault.isEmpty() ? "" : " [" + fault + "]");
    }
}
