package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.JsonNodeFactory;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/**
 * Fills the members a run's status does not decide, straight from the schema: each member is
 * absent, null or a value as the {@link Choices} say, and a value follows the member's type,
 * format, pattern and values, with {@link RealisticValues} for its look. Timestamps of embedded
 * records lie before the run was created, so they never contradict the run's own timeline.
 */
final class ValueFiller {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Ids that are not UUIDs at the provider (Clerk user and org ids, Modal call ids, ComfyUI node ids). */
    private static final Set<String> NAMED_IDS = Set.of("userid", "orgid", "modalfunctioncallid", "requestid", "nodeid",
            "comfyuinodeid", "outputid");

    private final Draw draw;
    private final Choices choices;
    private final RunProfile profile;
    private final Instant earliest;
    private final Instant latest;

    /**
     * @param earliest the earliest instant an embedded timestamp may have
     * @param latest the latest one (the run's creation)
     */
    ValueFiller(Draw draw, Choices choices, RunProfile profile, Instant earliest, Instant latest) {
        this.draw = draw;
        this.choices = choices;
        this.profile = profile;
        this.earliest = earliest;
        this.latest = latest;
    }

    Draw draw() {
        return draw;
    }

    Choices choices() {
        return choices;
    }

    /** Sets the members of {@code spec} on {@code target}, leaving out those named in {@code skip}. */
    void fillMembers(ObjectNode target, SchemaNode spec, String path, Set<String> skip) {
        spec.members().forEach((name, member) -> {
            if (skip.contains(name)) {
                return;
            }
            String memberPath = path + "/" + name;
            Choices.State state = choices.state(memberPath, valueCount(member), member.nullable(), spec.isOptional(name),
                    profile.absentChance(memberPath));
            switch (state) {
                case ABSENT -> { }
                case NULL -> target.putNull(name);
                case VALUE -> target.set(name, value(member, memberPath, name));
            }
        });
    }

    private static int valueCount(SchemaNode member) {
        return member.allows("string") ? member.values().size() : 0;
    }

    /** A value (never null) for the member at {@code path}. */
    JsonNode value(SchemaNode spec, String path, String name) {
        JsonNode special = profile.freeValue(path, name, this);
        if (special != null) {
            return special;
        }
        if (!spec.values().isEmpty() && spec.allows("string")) {
            return NODES.stringNode(choices.value(path, spec.values(), draw));
        }
        switch (spec.kind()) {
            case OBJECT: {
                ObjectNode object = NODES.objectNode();
                if (!spec.members().isEmpty()) {
                    fillMembers(object, spec, path, Set.of());
                } else {
                    object.put(RealisticValues.word(draw), RealisticValues.word(draw));
                }
                return object;
            }
            case ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int count = choices.items(path, 1, 2, draw);
                for (int i = 0; i < count; i++) {
                    array.add(spec.items().map(items -> value(items, path + "/[]", name))
                            .orElseGet(() -> NODES.stringNode(RealisticValues.text(name, draw))));
                }
                return array;
            }
            case INTEGER:
                return NODES.numberNode(RealisticValues.integer(name, draw));
            case NUMBER:
                return NODES.numberNode(RealisticValues.number(name, draw).doubleValue());
            case BOOLEAN:
                return NODES.booleanNode(draw.chance(0.5));
            case ANY:
                return NODES.stringNode(RealisticValues.text(name, draw));
            default:
                return NODES.stringNode(string(spec, name));
        }
    }

    private String string(SchemaNode spec, String name) {
        String key = RealisticValues.key(name);
        if ("uuid".equals(spec.format()) || key.endsWith("id") && !NAMED_IDS.contains(key)) {
            return draw.uuid();
        }
        if ("date-time".equals(spec.format())) {
            return profile.style().format(pastInstant());
        }
        if (spec.pattern() != null && !spec.pattern().isEmpty()) {
            return RealisticValues.cost(draw);
        }
        return RealisticValues.text(name, draw);
    }

    /** An instant between {@code earliest} and {@code latest}, as the profile's style writes it. */
    Instant pastInstant() {
        long span = Math.max(1, latest.toEpochMilli() - earliest.toEpochMilli());
        return profile.style().truncate(earliest.plusMillis(draw.betweenLong(0, span - 1)).plusNanos(draw.between(0, 999) * 1000L));
    }
}
