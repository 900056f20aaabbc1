package dev.runspec.wiremock;

import dev.runspec.core.ValidationResult;

/**
 * The verdict on one response WireMock served to a request that maps to a run schema.
 *
 * @param number the response's place among those the extension checked since it was created, from 1
 * @param method the request method
 * @param url the request's path and query, as WireMock logged it
 * @param status the HTTP status served
 * @param result the verdict on the body actually served (templates rendered), against the mapped schema
 */
public record ServedResponse(long number, String method, String url, int status, ValidationResult result) {

    /** {@code GET /v1/runs/42 (HTTP 200)}. */
    public String label() {
        return method + " " + url + " (HTTP " + status + ")";
    }

    /** The schema the body was checked against. */
    public String schemaId() {
        return result.schemaId();
    }
}
