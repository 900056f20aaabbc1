package dev.runspec.pact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which schema a pact interaction's response follows, decided by the request's method and path
 * (and, where given, a query parameter and the response status). Written as text:
 * {@code GET /v1/runs/{id}=runflow-v1}, {@code GET /run?run_id==comfydeploy-v1},
 * {@code GET /run/{id} 422=comfydeploy-v2-error}.
 *
 * <p>A path pattern matches the end of the request path, segment by segment, so a base path in
 * front ({@code /api/run/42}) is allowed; {@code {name}} stands for any one segment. Without a
 * status the mapping applies to 2xx responses only.
 */
public final class InteractionMapping {

    private static final String FORM = "METHOD /path/{id}[?param=] [STATUS]=schema-id, for example GET /v1/runs/{id}=runflow-v1,"
            + " or message:TEXT=schema-id for messages";

    private static final String MESSAGE = "message:";

    private static final List<InteractionMapping> DEFAULTS = List.of(
            parse("GET /run/{id} 422=comfydeploy-v2-error"),
            parse("GET /run/{id}=comfydeploy-v2"),
            parse("GET /run?run_id==comfydeploy-v1"),
            parse("GET /v1/runs/{id}=runflow-v1"));

    private final String method;
    private final List<String> segments;
    private final List<String> queryParameters;
    private final Integer status;
    private final String schemaId;
    private final String message;

    private InteractionMapping(String method, List<String> segments, List<String> queryParameters, Integer status,
            String schemaId) {
        this(method, segments, queryParameters, status, schemaId, null);
    }

    private InteractionMapping(String method, List<String> segments, List<String> queryParameters, Integer status,
            String schemaId, String message) {
        this.message = message;
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
    public static List<InteractionMapping> defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a mapping from its text form.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not of that form
     */
    public static InteractionMapping parse(String text) {
        int eq = text == null ? -1 : text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("mapping '" + text + "' is not of the form " + FORM);
        }
        String schemaId = text.substring(eq + 1).trim();
        if (text.regionMatches(true, 0, MESSAGE, 0, MESSAGE.length())) {
            String message = text.substring(MESSAGE.length(), eq).trim();
            if (message.isEmpty()) {
                throw new IllegalArgumentException("mapping '" + text + "' names no message; expected message:TEXT=schema-id,"
                        + " where TEXT is part of the message's description or a value of its metadata");
            }
            return new InteractionMapping("", List.of(), List.of(), null, schemaId, message);
        }
        String[] parts = text.substring(0, eq).trim().split("\\s+");
        if (parts.length < 2 || parts.length > 3 || !parts[0].matches("[A-Za-z]+") || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("mapping '" + text + "' is not of the form " + FORM);
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
        return new InteractionMapping(parts[0].toUpperCase(Locale.ROOT), segments(path), List.copyOf(query), status, schemaId);
    }

    /** The schema the response follows when this mapping applies. */
    public String schemaId() {
        return schemaId;
    }

    /** True when an interaction with this request and response status follows this mapping's schema. */
    public boolean appliesTo(String requestMethod, String requestPath, Map<String, ?> query, int responseStatus) {
        if (message != null || !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (status == null ? responseStatus < 200 || responseStatus > 299 : status != responseStatus) {
            return false;
        }
        for (String parameter : queryParameters) {
            if (query == null || !query.containsKey(parameter)) {
                return false;
            }
        }
        List<String> actual = segments(requestPath == null ? "" : requestPath);
        if (actual.size() < segments.size()) {
            return false;
        }
        List<String> tail = actual.subList(actual.size() - segments.size(), actual.size());
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            boolean variable = expected.startsWith("{") && expected.endsWith("}");
            if (!variable && !expected.equals(tail.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when this is a message mapping ({@code message:TEXT=schema-id}) and the message's
     * description contains TEXT (ignoring case), or one of its metadata values is TEXT.
     */
    public boolean appliesToMessage(String description, Map<String, ?> metadata) {
        if (message == null) {
            return false;
        }
        if (description != null && description.toLowerCase(Locale.ROOT).contains(message.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return metadata != null && metadata.values().stream().anyMatch(v -> v != null && message.equals(String.valueOf(v)));
    }

    /** True when both name the same requests and statuses (or the same messages), whatever their schemas. */
    boolean sameRequests(InteractionMapping other) {
        return Objects.equals(message, other.message) && method.equals(other.method) && Objects.equals(status, other.status)
                && queryParameters.equals(other.queryParameters) && shape(segments).equals(shape(other.segments));
    }

    private static List<String> shape(List<String> segments) {
        return segments.stream().map(s -> s.startsWith("{") && s.endsWith("}") ? "{}" : s).toList();
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** The text form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        if (message != null) {
            return MESSAGE + message + "=" + schemaId;
        }
        return method + " /" + String.join("/", segments)
                + (queryParameters.isEmpty() ? "" : "?" + String.join("=&", queryParameters) + "=")
                + (status == null ? "" : " " + status) + "=" + schemaId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InteractionMapping m && sameRequests(m) && schemaId.equals(m.schemaId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, shape(segments), queryParameters, status, schemaId, message);
    }
}
