package dev.runspec.core.wiremock;

import dev.runspec.core.internal.PathSegment;
import dev.runspec.core.internal.RequestMapping;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request pattern of a stub, read as {@link RequestMapping} compares it: the path of
 * {@code url} and {@code urlPath} literally, {@code urlPathTemplate} with its {@code {name}}
 * variables, {@code urlPattern} and {@code urlPathPattern} as regular expressions segment by
 * segment; query parameters from {@code url}, {@code urlPattern} and {@code queryParameters}.
 */
final class StubRequests {

    private static final Pattern QUERY_NAME = Pattern.compile("(?:^|&)([A-Za-z0-9_.~-]+)=");

    private StubRequests() {
    }

    /** The path segments the request pattern takes, or null when it names no URL (it answers any). */
    static List<PathSegment> path(JsonNode request) {
        if (request.path("url").isString()) {
            return literal(beforeQuery(request.get("url").asString()));
        }
        if (request.path("urlPath").isString()) {
            return literal(request.get("urlPath").asString());
        }
        if (request.path("urlPathTemplate").isString()) {
            return RequestMapping.segments(request.get("urlPathTemplate").asString()).stream()
                    .map(s -> s.startsWith("{") && s.endsWith("}") ? PathSegment.variable() : PathSegment.literal(s))
                    .toList();
        }
        for (String member : List.of("urlPattern", "urlPathPattern")) {
            if (request.path(member).isString()) {
                String regex = request.get(member).asString();
                int query = member.equals("urlPattern") ? regex.indexOf("\\?") : -1;
                return regexSegments(query >= 0 ? regex.substring(0, query) : regex);
            }
        }
        return null;
    }

    /** The query parameters the request pattern requires. */
    static Set<String> queryNames(JsonNode request) {
        Set<String> names = new LinkedHashSet<>();
        request.path("queryParameters").properties().forEach(p -> names.add(p.getKey()));
        String query = null;
        if (request.path("url").isString() && request.get("url").asString().indexOf('?') >= 0) {
            query = request.get("url").asString().substring(request.get("url").asString().indexOf('?') + 1);
        } else if (request.path("urlPattern").isString() && request.get("urlPattern").asString().contains("\\?")) {
            String regex = request.get("urlPattern").asString();
            query = regex.substring(regex.indexOf("\\?") + 2);
        }
        if (query != null) {
            Matcher matcher = QUERY_NAME.matcher(query);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String beforeQuery(String url) {
        int question = url.indexOf('?');
        return question >= 0 ? url.substring(0, question) : url;
    }

    private static List<PathSegment> literal(String path) {
        return RequestMapping.segments(path).stream().map(PathSegment::literal).toList();
    }

    /** Splits a regular expression at the slashes outside brackets and groups, dropping its anchors. */
    private static List<PathSegment> regexSegments(String regex) {
        String body = regex.startsWith("^") ? regex.substring(1) : regex;
        body = body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body;
        List<PathSegment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int brackets = 0;
        int groups = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                current.append(c).append(body.charAt(++i));
                continue;
            }
            if (c == '[') {
                brackets++;
            } else if (c == ']' && brackets > 0) {
                brackets--;
            } else if (c == '(' && brackets == 0) {
                groups++;
            } else if (c == ')' && brackets == 0 && groups > 0) {
                groups--;
            }
            if (c == '/' && brackets == 0 && groups == 0) {
                if (!current.isEmpty()) {
                    segments.add(PathSegment.regex(current.toString()));
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            segments.add(PathSegment.regex(current.toString()));
        }
        return segments;
    }
}
