package dev.runspec.pact;

import dev.runspec.core.internal.RequestMapping;
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
 * status the mapping applies to 2xx responses only. Requests are mapped by core's one mapping of
 * requests to schemas, which maps WireMock stubs too; messages are mapped here.
 */
public final class InteractionMapping {

    private static final String FORM = RequestMapping.FORM + ", or message:TEXT=schema-id for messages";

    private static final String MESSAGE = "message:";

    private static final List<InteractionMapping> DEFAULTS = RequestMapping.defaults().stream()
            .map(m -> new InteractionMapping(m, null, m.schemaId())).toList();

    private final RequestMapping request;
    private final String message;
    private final String schemaId;

    private InteractionMapping(RequestMapping request, String message, String schemaId) {
        this.request = request;
        this.message = message;
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
        if (eq > 0 && eq < text.length() - 1 && text.regionMatches(true, 0, MESSAGE, 0, MESSAGE.length())) {
            String message = text.substring(MESSAGE.length(), eq).trim();
            if (message.isEmpty()) {
                throw new IllegalArgumentException("mapping '" + text + "' names no message; expected message:TEXT=schema-id,"
                        + " where TEXT is part of the message's description or a value of its metadata");
            }
            return new InteractionMapping(null, message, text.substring(eq + 1).trim());
        }
        RequestMapping request = RequestMapping.parse(text, FORM);
        return new InteractionMapping(request, null, request.schemaId());
    }

    /** The schema the response follows when this mapping applies. */
    public String schemaId() {
        return schemaId;
    }

    /** True when an interaction with this request and response status follows this mapping's schema. */
    public boolean appliesTo(String requestMethod, String requestPath, Map<String, ?> query, int responseStatus) {
        return request != null && request.appliesTo(requestMethod, requestPath, RequestMapping.names(query), responseStatus);
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
        if (request == null || other.request == null) {
            return request == other.request && Objects.equals(message, other.message);
        }
        return request.sameRequests(other.request);
    }

    /** The text form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return message != null ? MESSAGE + message + "=" + schemaId : request.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InteractionMapping m && sameRequests(m) && schemaId.equals(m.schemaId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request == null ? null : request.hashCode(), message, schemaId);
    }
}
