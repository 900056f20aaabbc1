package dev.runspec.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Which schema a response follows, decided by the request's method and path (and, where given,
 * a query parameter and the response status). Written as text: {@code GET /v1/runs/{id}=runflow-v1},
 * {@code GET /run?run_id==comfydeploy-v1}, {@code GET /run/{id} 422=comfydeploy-v2-error}. The one
 * mapping of requests to schemas: pact interactions, WireMock stubs and the responses a WireMock
 * server serves are all mapped by it.
 *
 * <p>A path pattern matches the end of the request path, segment by segment, so a base path in
 * front ({@code /api/run/42}) is allowed; {@code {name}} stands for any one segment. Without a
 * status the mapping applies to 2xx responses only.
 */
public final class RequestMapping {

    /** The text form, for messages. */
    public static final String FORM = "METHOD /path/{id}[?param=] [STATUS]=schema-id, for example GET /v1/runs/{id}=runflow-v1";

    private static final List<RequestMapping> DEFAULTS = List.of(
            parse("GET /run/{id} 422=comfydeploy-v2-error"),
            parse("GET /run/{id}=comfydeploy-v2"),
            parse("GET /run?run_id==comfydeploy-v1"),
            parse("GET /v1/runs/{id}=runflow-v1"));

    private final String method;
    private final List<String> segments;
    private final List<String> queryParameters;
    private final Integer status;
    private final String schemaId;

    private RequestMapping(String method, List<String> segments, List<String> queryParameters, Integer status, String schemaId) {
        this.method = method;
        this.segments = segments;
        this.queryParameters = queryParameters;
        this.status = status;
        this.schemaId = schemaId;
    }

    /**
     * The built-in mappings: {@code GET /run/{id}} to {@code comfydeploy-v2} (a 422 to
     * {@code comfydeploy-v2-error}), {@code GET /run?run_id=} to {@code comfydeploy-v1},
     * {@code GET /v1/runs/{id}} to {@code runflow-v1}.
     */
    public static List<RequestMapping> defaults() {
        return DEFAULTS;
    }

    /** The mappings in force: the added ones first, then each default that no added one replaces (same requests). */
    public static List<RequestMapping> withDefaults(Collection<RequestMapping> added) {
        List<RequestMapping> all = new ArrayList<>(added);
        DEFAULTS.stream().filter(d -> added.stream().noneMatch(d::sameRequests)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * Reads a mapping from its text form.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not of that form
     */
    public static RequestMapping parse(String text) {
        return parse(text, FORM);
    }

    /**
     * Reads a mapping from its text form, naming {@code form} as the expected form in a refusal
     * (a front end that also takes other forms lists them).
     */
    public static RequestMapping parse(String text, String form) {
        int eq = text == null ? -1 : text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("mapping '" + text + "' is not of the form " + form);
        }
        String schemaId = text.substring(eq + 1).trim();
        String[] parts = text.substring(0, eq).trim().split("\\s+");
        if (parts.length < 2 || parts.length > 3 || !parts[0].matches("[A-Za-z]+") || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("mapping '" + text + "' is not of the form " + form);
        }
        Integer status = null;
        if (parts.length == 3) {
            if (!parts[2].matches("[1-5][0-9][0-9]")) {
                throw new IllegalArgumentException("mapping '" + text + "' has status '" + parts[2]
                        + "'; expected an HTTP status such as 422");
            }
            status = Integer.valueOf(parts[2]);
        }
        String path = parts[1];
        List<String> query = new ArrayList<>();
        int question = path.indexOf('?');
        if (question >= 0) {
            for (String parameter : path.substring(question + 1).split("&")) {
                String name = parameter.endsWith("=") ? parameter.substring(0, parameter.length() - 1) : parameter;
                if (!name.isEmpty()) {
                    query.add(name);
                }
            }
            path = path.substring(0, question);
        }
        return new RequestMapping(parts[0].toUpperCase(Locale.ROOT), segments(path), List.copyOf(query), status, schemaId);
    }

    /** The schema the response follows when this mapping applies. */
    public String schemaId() {
        return schemaId;
    }

    /** True when a request with this method, path and query parameter names, answered with this status, follows this mapping's schema. */
    public boolean appliesTo(String requestMethod, String requestPath, Collection<String> queryNames, int responseStatus) {
        List<PathSegment> path = segments(requestPath == null ? "" : requestPath).stream().map(PathSegment::literal).toList();
        return appliesTo(requestMethod, path, queryNames, responseStatus);
    }

    /**
     * True when a request pattern (a stub's) with this method ({@code ANY} for every method), path
     * segments and query parameter names, answered with this status, serves requests that follow
     * this mapping's schema.
     */
    public boolean appliesTo(String requestMethod, List<PathSegment> path, Collection<String> queryNames, int responseStatus) {
        if (requestMethod == null || !(method.equalsIgnoreCase(requestMethod) || "ANY".equalsIgnoreCase(requestMethod))) {
            return false;
        }
        if (status == null ? responseStatus < 200 || responseStatus > 299 : status != responseStatus) {
            return false;
        }
        for (String parameter : queryParameters) {
            if (queryNames == null || !queryNames.contains(parameter)) {
                return false;
            }
        }
        if (path.size() < segments.size()) {
            return false;
        }
        List<PathSegment> tail = path.subList(path.size() - segments.size(), path.size());
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            boolean variable = expected.startsWith("{") && expected.endsWith("}");
            if (!variable && !tail.get(i).matches(expected)) {
                return false;
            }
        }
        return true;
    }

    /** True when both name the same requests and statuses, whatever their schemas. */
    public boolean sameRequests(RequestMapping other) {
        return method.equals(other.method) && Objects.equals(status, other.status)
                && queryParameters.equals(other.queryParameters) && shape(segments).equals(shape(other.segments));
    }

    /** The non-empty segments of a path. */
    public static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> shape(List<String> segments) {
        return segments.stream().map(s -> s.startsWith("{") && s.endsWith("}") ? "{}" : s).toList();
    }

    /** The text form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return method + " /" + String.join("/", segments)
                + (queryParameters.isEmpty() ? "" : "?" + String.join("=&", queryParameters) + "=")
                + (status == null ? "" : " " + status) + "=" + schemaId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestMapping m && sameRequests(m) && schemaId.equals(m.schemaId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, shape(segments), queryParameters, status, schemaId);
    }

    /** Query parameter names as a set, for callers holding a map of them. */
    public static Set<String> names(java.util.Map<String, ?> query) {
        return query == null ? Set.of() : query.keySet();
    }
}
