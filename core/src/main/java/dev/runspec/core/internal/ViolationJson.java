package dev.runspec.core.internal;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.shaded.jackson.databind.DeserializationFeature;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>The one JSON form of a violation, written by the JSON report ({@code docs/report-format.md})
 * and written and read back by the Maven goal's verdict cache: {@code pointer}, {@code rule},
 * {@code severity}, {@code line}, {@code column}, {@code expected}, {@code actual},
 * {@code message}, and {@code related} when the violation speaks of other places. Decimals read
 * back exactly.
 */
public final class ViolationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ViolationJson() {
    }

    /** The violation as a JSON object, members in the documented order. */
    public static ObjectNode write(Violation v) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("pointer", v.pointer());
        node.put("rule", v.rule().id());
        node.put("severity", v.severity().id());
        node.put("line", v.line());
        node.put("column", v.column());
        node.set("expected", MAPPER.valueToTree(v.expected()));
        node.set("actual", MAPPER.valueToTree(v.actual()));
        node.put("message", v.message());
        if (!v.related().isEmpty()) {
            ArrayNode related = node.putArray("related");
            for (RelatedLocation place : v.related()) {
                ObjectNode at = related.addObject();
                at.put("description", place.description());
                if (place.input() != null) {
                    at.put("input", place.input());
                }
                at.put("pointer", place.pointer());
                at.put("line", place.line());
                at.put("column", place.column());
            }
        }
        return node;
    }

    /**
     * The violation a {@link #write written} object describes.
     *
     * @throws IllegalArgumentException when the rule or severity is unknown
     */
    public static Violation read(JsonNode v) {
        return new Violation(
                v.path("pointer").asString(),
                Rule.fromId(v.path("rule").asString()),
                Severity.fromId(v.path("severity").asString()),
                plain(v.get("expected")),
                plain(v.get("actual")),
                v.path("message").asString(),
                v.path("line").asInt(),
                v.path("column").asInt(),
                related(v.path("related")));
    }

    private static List<RelatedLocation> related(JsonNode related) {
        List<RelatedLocation> places = new ArrayList<>();
        for (JsonNode at : related) {
            places.add(new RelatedLocation(at.path("description").asString(),
                    at.hasNonNull("input") ? at.get("input").asString() : null,
                    at.path("pointer").asString(), at.path("line").asInt(), at.path("column").asInt()));
        }
        return places;
    }

    private static Object plain(JsonNode node) {
        return node == null || node.isNull() ? null : MAPPER.treeToValue(node, Object.class);
    }
}
