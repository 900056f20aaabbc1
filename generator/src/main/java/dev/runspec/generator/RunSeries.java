package dev.runspec.generator;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The bodies one run serves as it moves through its statuses: the get-run body at each step of a
 * poll, every one conforming to the schema and the lifecycle rules, and one after another a legal
 * poll sequence. The run keeps its id and every member its status does not decide (workflow,
 * machine, inputs...) from step to step; its timestamps are the caller's (a simulator's virtual
 * clock); progress and finished nodes never go back, and outputs once shown stay. Deterministic:
 * the same schema, seed, creation time and steps give the same bytes.
 *
 * <pre>{@code
 * RunSeries run = RunSeries.start("comfydeploy-v2", 42, created);
 * String queued = run.body("queued", new RunMoments(created, created, null, null, created), Map.of());
 * }</pre>
 *
 * <p>Not safe for use by several threads at once.
 */
public final class RunSeries {

    /** Embedded records date from up to this long before the run. */
    private static final Duration HISTORY = Duration.ofDays(400);
    /** Each schema's members, read once: a simulator starts a series per run. */
    private static final Map<String, SchemaNode> MEMBERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final RunProfile profile;
    private final SchemaNode root;
    private final long seed;
    private final ObjectNode free;
    private final SeriesTimestamps timestamps;
    private String id;
    private ObjectNode previous;
    private long steps;

    private RunSeries(RunProfile profile, SchemaNode root, long seed, Instant created) {
        this.profile = profile;
        this.root = root;
        this.seed = seed;
        this.timestamps = new SeriesTimestamps(profile);
        Draw draw = new Draw(seed);
        ValueFiller filler = new ValueFiller(draw, new RandomChoices(draw, 0.2), profile, created.minus(HISTORY), created);
        this.free = ValueFiller.NODES.objectNode();
        filler.fillMembers(free, root, "", profile.boundMembers());
    }

    /**
     * A run of one bundled schema id, drawn from {@code seed}, created at {@code created}.
     *
     * @throws IllegalArgumentException naming the ids there are, when there is no generator for this one
     */
    public static RunSeries start(String schemaId, long seed, Instant created) {
        RunProfile profile = RunProfiles.of(schemaId);
        SchemaNode root = MEMBERS.computeIfAbsent(profile.schemaId(),
                id -> SchemaTree.of(SchemaCatalogue.bundled(), id).root());
        return new RunSeries(profile, root, seed, Objects.requireNonNull(created, "created"));
    }

    public String schemaId() {
        return profile.schemaId();
    }

    /** The run's id, once the first body is built; null before. */
    public String id() {
        return id;
    }

    /**
     * The body of the next step: the run in {@code status} at {@code at}, with {@code members} (may
     * be empty) set as given on top (progress, live_status, outputs...).
     *
     * @throws IllegalArgumentException naming the statuses there are, for an unknown one
     */
    public String body(String status, RunMoments at, Map<String, ?> members) {
        if (!profile.statuses().contains(status)) {
            throw new IllegalArgumentException("unknown status '" + status + "' for " + profile.schemaId()
                    + "; expected one of " + String.join(", ", profile.statuses()));
        }
        RunMoments moments = at.truncated(profile.style());
        long stepSeed = RunGenerator.documentSeed(seed, steps++);
        Draw draw = new Draw(stepSeed);
        Choices choices = new SeriesChoices(seed, moments.started() != null, moments.queued() != null);
        ValueFiller filler = new ValueFiller(draw, choices, profile, moments.created().minus(HISTORY), moments.created());
        ObjectNode shaped = ValueFiller.NODES.objectNode();
        profile.shape(shaped, status, moments.timeline(), filler, root);
        String drawnId = shaped.path("id").asString();
        if (id == null) {
            id = drawnId;
        } else if (!id.equals(drawnId)) {
            replaceText(shaped, drawnId, id);
        }
        SeriesContinuity.keep(shaped, previous, status);
        members.forEach((name, value) -> shaped.set(name, DocumentBuilder.MAPPER.valueToTree(value)));
        timestamps.write(shaped, moments);
        ObjectNode run = ValueFiller.NODES.objectNode();
        root.members().keySet().forEach(name -> {
            JsonNode value = shaped.has(name) ? shaped.get(name) : free.get(name);
            if (value != null) {
                run.set(name, value);
            }
        });
        previous = run;
        return DocumentBuilder.text(run);
    }

    /** Replaces every string value {@code from} in the tree with {@code to} (the run id in embeds and outputs). */
    private static void replaceText(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                if (e.getValue().isString() && e.getValue().asString().equals(from)) {
                    object.put(e.getKey(), to);
                } else {
                    replaceText(e.getValue(), from, to);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString() && array.get(i).asString().equals(from)) {
                    array.set(i, ValueFiller.NODES.stringNode(to));
                } else {
                    replaceText(array.get(i), from, to);
                }
            }
        }
    }
}
