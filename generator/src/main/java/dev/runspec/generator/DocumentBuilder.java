package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * Builds one run body: the profile sets what the status decides, the filler the rest, and the
 * members are written in the schema's order.
 */
final class DocumentBuilder {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Embedded records (models, flows, workflows) date from up to this long before the run. */
    private static final Duration HISTORY = Duration.ofDays(400);

    private final RunProfile profile;
    private final SchemaNode root;

    DocumentBuilder(RunProfile profile, SchemaNode root) {
        this.profile = profile;
        this.root = root;
    }

    /** The run of this status drawn from this seed; {@code coverage} is null for an ordinary run. */
    ObjectNode build(String status, long seed, CoverageChoices coverage) {
        Draw draw = new Draw(seed);
        Choices choices = coverage != null ? coverage : new RandomChoices(draw, 0.2);
        RunTimeline timeline = RunTimeline.draw(draw, profile.style());
        ValueFiller filler = new ValueFiller(draw, choices, profile, timeline.created().minus(HISTORY), timeline.created());
        ObjectNode shaped = ValueFiller.NODES.objectNode();
        profile.shape(shaped, status, timeline, filler, root);
        ObjectNode free = ValueFiller.NODES.objectNode();
        filler.fillMembers(free, root, "", profile.boundMembers());
        ObjectNode run = ValueFiller.NODES.objectNode();
        root.members().keySet().forEach(name -> {
            JsonNode value = shaped.has(name) ? shaped.get(name) : free.get(name);
            if (value != null) {
                run.set(name, value);
            }
        });
        return run;
    }

    static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
