package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * ComfyDeploy runs (v1 snake_case, v1 camelCase as the TypeScript SDK has it, v2), from
 * {@code lifecycle.md} §2.1–2.2: not-started → queued → started → running → uploading → success,
 * or failed / timeout / cancelled; {@code queued_at}, {@code started_at}, {@code ended_at} set as
 * the run gets there (a run cancelled or failed before it started has no {@code started_at});
 * progress the share of nodes done, rounded to two decimals; {@code live_status} the node being
 * executed; outputs once nodes finish; v2 durations the differences of their timestamps, null
 * when an operand is.
 */
final class ComfyDeployProfile implements RunProfile {

    private static final List<String> STATUSES = List.of("not-started", "queued", "started", "running", "uploading",
            "success", "failed", "timeout", "cancelled");
    private static final Set<String> TERMINAL = Set.of("success", "failed", "timeout", "cancelled");

    private final String schemaId;
    private final boolean camelCase;
    private final boolean v2;

    private ComfyDeployProfile(String schemaId, boolean camelCase, boolean v2) {
        this.schemaId = schemaId;
        this.camelCase = camelCase;
        this.v2 = v2;
    }

    static ComfyDeployProfile v1() {
        return new ComfyDeployProfile("comfydeploy-v1", false, false);
    }

    static ComfyDeployProfile v1TypeScript() {
        return new ComfyDeployProfile("comfydeploy-v1-ts", true, false);
    }

    static ComfyDeployProfile v2() {
        return new ComfyDeployProfile("comfydeploy-v2", false, true);
    }

    /** The member's name as this schema spells it. */
    private String n(String snake) {
        if (!camelCase) {
            return snake;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    @Override
    public String schemaId() {
        return schemaId;
    }

    @Override
    public TimestampStyle style() {
        return v2 ? TimestampStyle.MICROS_Z : TimestampStyle.MILLIS_Z;
    }

    @Override
    public List<String> statuses() {
        return STATUSES;
    }

    @Override
    public Set<String> terminalStatuses() {
        return TERMINAL;
    }

    @Override
    public Set<String> boundMembers() {
        Set<String> bound = new TreeSet<>();
        for (String m : List.of("id", "status", "created_at", "updated_at", "queued_at", "started_at", "ended_at",
                "progress", "live_status", "outputs")) {
            bound.add(n(m));
        }
        if (v2) {
            bound.addAll(List.of("duration", "cold_start_duration", "cold_start_duration_total", "run_duration",
                    "queue_position"));
        }
        return bound;
    }

    @Override
    public double absentChance(String path) {
        return path.contains("/outputs/[]/data/") ? 0.6 : 0.05;
    }

    @Override
    public JsonNode freeValue(String path, String name, ValueFiller filler) {
        String key = RealisticValues.key(name);
        if (path.equals("/" + n("workflow_inputs"))) {
            ObjectNode inputs = ValueFiller.NODES.objectNode();
            inputs.put("prompt", RealisticValues.prompt(filler.draw()));
            inputs.put("seed", filler.draw().betweenLong(0, 4_294_967_295L));
            inputs.put("steps", filler.draw().between(4, 40));
            return inputs;
        }
        if (path.equals("/" + n("workflow_api"))) {
            ObjectNode graph = ValueFiller.NODES.objectNode();
            ObjectNode sampler = graph.putObject("3");
            sampler.put("class_type", "KSampler");
            sampler.putObject("inputs").put("seed", filler.draw().between(0, 1_000_000)).put("steps", 20).put("cfg", 7.5);
            graph.putObject("9").put("class_type", "SaveImage").putObject("inputs").put("filename_prefix", "ComfyUI");
            return graph;
        }
        if (path.equals("/" + n("run_log"))) {
            ObjectNode log = ValueFiller.NODES.objectNode();
            log.put("logs", "got prompt\nPrompt executed");
            return log;
        }
        if (key.equals("nodemeta")) {
            ObjectNode meta = ValueFiller.NODES.objectNode();
            meta.put("node_class", "SaveImage");
            return meta;
        }
        if (path.equals("/number")) {
            return ValueFiller.NODES.numberNode(0);
        }
        return null;
    }

    @Override
    public void shape(ObjectNode run, String status, RunTimeline timeline, ValueFiller filler, SchemaNode root) {
        Draw draw = filler.draw();
        int rank = STATUSES.indexOf(status);
        boolean terminal = TERMINAL.contains(status);
        Choices choices = filler.choices();
        boolean startedBeforeEnd = !terminal || status.equals("success") || status.equals("timeout")
                || !choices.flip("/stopped-early", 0.3, draw);
        Instant created = timeline.created();
        Instant queued = rank >= 1 && (!terminal || startedBeforeEnd || choices.flip("/queued-before-stop", 0.5, draw))
                ? timeline.queued() : null;
        Instant started = rank >= 2 && startedBeforeEnd ? timeline.started() : null;
        Instant ended = terminal ? (started != null ? timeline.ended() : endWithoutStart(timeline, queued, draw)) : null;
        Instant updated = ended != null ? ended : started != null ? timeline.pollTime() : queued != null ? queued : created;

        run.put(n("id"), draw.uuid());
        run.put(n("status"), status);
        run.put(n("created_at"), style().format(created));
        if (!root.isOptional(n("updated_at")) || choices.bound("/" + n("updated_at"), false, true) == Choices.State.VALUE) {
            run.put(n("updated_at"), style().format(updated));
        }
        putTime(run, "queued_at", queued, choices);
        putTime(run, "started_at", started, choices);
        putTime(run, "ended_at", ended, choices);

        double progress = switch (status) {
            case "not-started", "queued", "started" -> 0.0;
            case "running" -> draw.between(1, 99) / 100.0;
            case "uploading", "success" -> 1.0;
            default -> started == null ? 0.0 : draw.between(0, 99) / 100.0;
        };
        if (!v2 || choices.bound("/progress", false, true) == Choices.State.VALUE) {
            run.put(n("progress"), progress);
        }
        if (status.equals("running") || status.equals("uploading")) {
            run.put(n("live_status"), status.equals("uploading") ? "Uploading outputs"
                    : "Executing " + draw.pick(RealisticValues.NODE_CLASSES));
        } else {
            run.putNull(n("live_status"));
        }
        outputs(run, status, started, ended, filler, root);
        if (v2) {
            run.put("duration", seconds(created, ended));
            run.put("cold_start_duration", seconds(queued, started));
            run.put("cold_start_duration_total", seconds(created, started));
            run.put("run_duration", seconds(started, ended));
            boolean waiting = status.equals("not-started") || status.equals("queued");
            Choices.State position = choices.state("/queue_position", 0, true, true, 0.0);
            if (waiting && position == Choices.State.VALUE) {
                run.put("queue_position", draw.between(0, 12));
            } else if (position != Choices.State.ABSENT) {
                run.putNull("queue_position");
            }
        }
    }

    private static Instant endWithoutStart(RunTimeline timeline, Instant queued, Draw draw) {
        Instant after = queued != null ? queued : timeline.created();
        return after.plusMillis(draw.between(200, 30_000));
    }

    /** A timestamp; an empty one is null, or in v2 (where it is optional) absent in the coverage set's turn. */
    private void putTime(ObjectNode run, String member, Instant instant, Choices choices) {
        if (instant == null) {
            if (!v2 || choices.bound("/" + member + "#empty", false, true) != Choices.State.ABSENT) {
                run.putNull(n(member));
            }
        } else {
            run.put(n(member), style().format(instant));
        }
    }

    /** Seconds from {@code from} to {@code to}, exact to the microsecond; null when either is. */
    private static Double seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(from, to).toNanos()).movePointLeft(9).doubleValue();
    }

    private void outputs(ObjectNode run, String status, Instant started, Instant ended, ValueFiller filler,
            SchemaNode root) {
        Draw draw = filler.draw();
        SchemaNode outputsSpec = root.members().get(n("outputs"));
        int count = switch (status) {
            case "success" -> draw.between(1, 3);
            case "uploading", "running", "failed", "timeout", "cancelled" -> started == null ? 0 : draw.between(0, 1);
            default -> 0;
        };
        if (!status.equals("success")) {
            Choices.State state = filler.choices().bound("/" + n("outputs") + "#empty", !v2, true);
            if (state == Choices.State.NULL) {
                run.putNull(n("outputs"));
                return;
            }
            if (state == Choices.State.ABSENT) {
                return;
            }
        }
        ArrayNode outputs = run.putArray(n("outputs"));
        for (int i = 0; i < count; i++) {
            ObjectNode output = (ObjectNode) filler.value(outputsSpec.items().orElseThrow(), "/" + n("outputs") + "/[]", n("outputs"));
            ObjectNode data = (ObjectNode) output.get("data");
            if (data.isEmpty()) {
                SchemaNode dataSpec = outputsSpec.items().orElseThrow().members().get("data");
                String group = draw.pick(List.copyOf(dataSpec.members().keySet()));
                data.set(group, filler.value(dataSpec.members().get(group), "/" + n("outputs") + "/[]/data/" + group, group));
            }
            if (v2) {
                output.put("run_id", run.get("id").asString());
                Instant stored = started == null ? Instant.parse(run.get("created_at").asString())
                        : started.plusMillis(draw.between(500, 1500));
                Instant limit = ended != null ? ended : stored;
                String at = style().format(stored.isAfter(limit) ? limit : stored);
                output.put("created_at", at);
                output.put("updated_at", at);
            }
            outputs.add(output);
        }
    }

    @Override
    public DriftVocabulary vocabulary() {
        return new DriftVocabulary(n("status"), camelCase ? "statusCode" : "status_code", List.of("cancelled", "canceled"),
                n("created_at"), n("started_at"), n("ended_at"), LifecycleRuleIds.ENDED_BEFORE_STARTED, v2,
                n("progress"), "", List.of(n("progress")), n("progress"), v2 ? "live_status" : n("ended_at"), "",
                v2 ? List.of("run_duration") : List.of());
    }
}
