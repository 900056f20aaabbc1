package dev.runspec.integration;

import java.net.URI;
import java.util.Objects;

/**
 * One HTTP call as the integrations see it: the request's method and URI and the response's status.
 *
 * @param method the request method, {@code GET}
 * @param uri the request URI
 * @param status the response's HTTP status
 */
public record RunExchange(String method, URI uri, int status) {

    /** Checks that method and uri are present. */
    public RunExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
    }

    /** How messages name the call: {@code GET http://127.0.0.1:41234/v1/runs/42 (HTTP 200)}. */
    @Override
    public String toString() {
        return method + " " + uri + " (HTTP " + status + ")";
    }
}
