package dev.runspec.integration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which responses are runs, and which schema each follows: path patterns mapped to schema ids.
 * Only {@code GET} responses are checked. A pattern is a path whose {@code {name}} parts stand for
 * one path segment, optionally followed by {@code ?param={name}} when the run id travels in the
 * query: {@code /v1/runs/{id}}, {@code /api/run?run_id={id}}. A request matches when its path ends
 * with the pattern's path (so a base path or a gateway prefix in front does not matter) and, for
 * a query pattern, its query has that parameter with a value.
 *
 * <p>{@link #providers()} maps the providers' own "get run" paths:
 * <ul>
 * <li>{@code /api/run?run_id={id}}: {@code comfydeploy-v1} (ComfyDeploy v1);</li>
 * <li>{@code /api/run/{run_id}}: {@code comfydeploy-v2}, and its HTTP 422 body {@code comfydeploy-v2-error};</li>
 * <li>{@code /v1/runs/{id}}: {@code runflow-v1} (Runflow).</li>
 * </ul>
 * No path maps to the webhook and callback schemas ({@code comfydeploy-v2-webhook},
 * {@code comfydeploy-v1-webhook}, {@code runflow-callback}): their URLs are the application's
 * own, and a delivery is a request the application's server receives, not a response a client
 * gets; check it where it arrives ({@link RunResponseCheck#check} in report mode, or runspec-spring's
 * {@code webhookConformsToRunSchema} in a MockMvc test).
 * Immutable; {@link #with} returns a copy.
 */
public final class RunEndpoints {

    /** Any 2xx status. */
    private static final int SUCCESS = -1;

    private final List<Endpoint> endpoints;

    private RunEndpoints(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** No endpoint: add your own with {@link #with(String, String)}. */
    public static RunEndpoints none() {
        return new RunEndpoints(List.of());
    }

    /** The providers' "get run" paths, as listed above. */
    public static RunEndpoints providers() {
        return none()
                .with("/api/run?run_id={id}", "comfydeploy-v1")
                .with("/api/run/{run_id}", "comfydeploy-v2")
                .with("/api/run/{run_id}", 422, "comfydeploy-v2-error")
                .with("/v1/runs/{id}", "runflow-v1");
    }

    /**
     * A copy that also checks the 2xx responses of {@code pattern} against {@code schemaId} (or
     * {@code auto}). Patterns added later win over earlier ones.
     *
     * @throws IllegalArgumentException when the pattern is not a path starting with {@code /}
     */
    public RunEndpoints with(String pattern, String schemaId) {
        return add(pattern, SUCCESS, schemaId);
    }

    /** A copy that also checks the responses of {@code pattern} with exactly {@code status} against {@code schemaId}. */
    public RunEndpoints with(String pattern, int status, String schemaId) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599; got " + status);
        }
        return add(pattern, status, schemaId);
    }

    /** The schema the response of this call follows, or empty when the call is not a run endpoint's. */
    public Optional<String> schemaFor(String method, URI uri, int status) {
        if (!"GET".equalsIgnoreCase(method)) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery();
        for (int i = endpoints.size() - 1; i >= 0; i--) {
            Endpoint endpoint = endpoints.get(i);
            if (endpoint.answers(status) && endpoint.matches(path, query)) {
                return Optional.of(endpoint.schemaId());
            }
        }
        return Optional.empty();
    }

    /** Every schema id the endpoints name, in the order they were added. */
    public List<String> schemaIds() {
        return endpoints.stream().map(Endpoint::schemaId).distinct().toList();
    }

    @Override
    public String toString() {
        return endpoints.toString();
    }

    private RunEndpoints add(String pattern, int status, String schemaId) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(schemaId, "schemaId");
        List<Endpoint> more = new ArrayList<>(endpoints);
        more.add(Endpoint.parse(pattern, status, schemaId));
        return new RunEndpoints(more);
    }

    private record Endpoint(String pattern, Pattern path, String queryParameter, int status, String schemaId) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/{}]+}");

        static Endpoint parse(String pattern, int status, String schemaId) {
            int question = pattern.indexOf('?');
            String pathPart = question < 0 ? pattern : pattern.substring(0, question);
            if (!pathPart.startsWith("/") || pathPart.contains("//")) {
                throw new IllegalArgumentException("a run endpoint pattern is a path starting with '/', like "
                        + "/v1/runs/{id} or /api/run?run_id={id}; got '" + pattern + "'");
            }
            String parameter = null;
            if (question >= 0) {
                String query = pattern.substring(question + 1);
                int equals = query.indexOf('=');
                if (equals <= 0 || query.contains("&")) {
                    throw new IllegalArgumentException("a run endpoint pattern's query names one parameter, like "
                            + "?run_id={id}; got '" + pattern + "'");
                }
                parameter = query.substring(0, equals);
            }
            StringBuilder regex = new StringBuilder(".*");
            var placeholders = PLACEHOLDER.matcher(pathPart);
            int last = 0;
            while (placeholders.find()) {
                regex.append(Pattern.quote(pathPart.substring(last, placeholders.start()))).append("[^/]+");
                last = placeholders.end();
            }
            regex.append(Pattern.quote(pathPart.substring(last)));
            return new Endpoint(pattern, Pattern.compile(regex.toString()), parameter, status, schemaId);
        }

        boolean answers(int responseStatus) {
            return status == SUCCESS ? responseStatus >= 200 && responseStatus <= 299 : status == responseStatus;
        }

        boolean matches(String requestPath, String query) {
            if (!path.matcher(requestPath).matches()) {
                return false;
            }
            if (queryParameter == null) {
                return true;
            }
            if (query == null) {
                return false;
            }
            for (String parameter : query.split("&")) {
                if (parameter.startsWith(queryParameter + "=") && parameter.length() > queryParameter.length() + 1) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return pattern + (status == SUCCESS ? "" : " (HTTP " + status + ")") + " -> " + schemaId;
        }
    }
}
