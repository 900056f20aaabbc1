package dev.runspec.core.wiremock;

import dev.runspec.core.internal.PathSegment;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One stub of a WireMock mapping file, as runspec reads it: what requests it answers and what it
 * would serve.
 *
 * @param label how reports name it after the file: its {@code name}, else its {@code id} (or
 *     {@code uuid}), else its index in the file
 * @param pointer JSON Pointer of the stub in the file: {@code ""} for a file of one stub,
 *     {@code /mappings/3} in a file of several
 * @param method the request method, {@code ANY} when the stub takes every method
 * @param path the request path pattern's segments, or null when the stub names no URL
 * @param queryNames the query parameters the stub requires
 * @param response the stub's {@code response} object
 */
record Stub(String label, String pointer, String method, List<PathSegment> path, Set<String> queryNames, JsonNode response) {

    /** The status the stub answers with: 200 unless it says otherwise. */
    int status() {
        return response.path("status").asInt(200);
    }

    /** True when WireMock renders the response as a Handlebars template before serving it. */
    boolean templated() {
        for (JsonNode transformer : response.path("transformers")) {
            if ("response-template".equals(transformer.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** The Content-Type the stub declares, or null. */
    String contentType() {
        for (var header : response.path("headers").properties()) {
            if (header.getKey().toLowerCase(Locale.ROOT).equals("content-type")) {
                JsonNode value = header.getValue();
                return value.isArray() ? value.path(0).asString(null) : value.asString(null);
            }
        }
        return null;
    }

    /** JSON Pointer of a member of the response in the file. */
    String responsePointer(String member) {
        return pointer + "/response/" + member;
    }
}
