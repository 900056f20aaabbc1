package dev.runspec.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the simulator's routes see it.
 *
 * @param method upper case
 * @param path the decoded path, without the query
 * @param query the query parameters
 * @param headers the headers, names lower case
 * @param body the body bytes (empty when none)
 */
record ApiRequest(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
        byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
