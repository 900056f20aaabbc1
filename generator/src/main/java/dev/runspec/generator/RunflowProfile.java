package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Runflow runs, from {@code lifecycle.md} §2.4 and {@code runflow.md}: queued → dispatching →
 * running → succeeded, partial_succeeded, failed or canceled (older docs: cancelled). Ids are
 * UUIDv7 of the creation time; {@code started_at} is null until the run runs and
 * {@code completed_at} until it ends; a failed run carries {@code failure_code},
 * {@code failure_message} and its stage ({@code dispatch} when it never started); a succeeded one
 * its {@code output} and {@code cost} (a decimal string); {@code duration_ms} is the wall time from
 * creation to completion; {@code nodes_completed} never exceeds {@code nodes_total}. Embeds
 * ({@code node_runs}, {@code logs}, {@code model}, {@code comfyui_workflow}, {@code flow}) come
 * and go as a client's {@code ?embed=} would have them.
 */
final class RunflowProfile implements RunProfile {

    private static final List<String> STATUSES = List.of("queued", "dispatching", "running", "succeeded",
            "partial_succeeded", "failed", "canceled", "cancelled");
    private static final Set<String> TERMINAL = Set.of("succeeded", "partial_succeeded", "failed", "canceled",
            "cancelled");
    private static final Set<String> BOUND = Set.of("id", "status_code", "created_at", "started_at", "completed_at",
            "duration_ms", "output", "cost", "failure_code", "failure_message", "failure_stage_code", "nodes_total",
            "nodes_completed", "node_runs", "logs");
    private static final Set<String> EMBEDS = Set.of("/node_runs", "/logs", "/model", "/comfyui_workflow", "/flow");

    @Override
    public String schemaId() {
        return "runflow-v1";
    }

    @Override
    public TimestampStyle style() {
        return TimestampStyle.MICROS_OFFSET;
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
        return BOUND;
    }

    @Override
    public double absentChance(String path) {
        if (EMBEDS.contains(path)) {
            return 0.6;
        }
        return path.indexOf('/', 1) > 0 ? 0.05 : 0.0;
    }

    @Override
    public JsonNode freeValue(String path, String name, ValueFiller filler) {
        Draw draw = filler.draw();
        switch (path) {
            case "/input": {
                ObjectNode input = ValueFiller.NODES.objectNode();
                input.put("prompt", RealisticValues.prompt(draw));
                input.put("aspect_ratio", draw.pick(List.of("1:1", "16:9", "9:16")));
                return input;
            }
            case "/metadata": {
                ObjectNode metadata = ValueFiller.NODES.objectNode();
                metadata.put("customer_id", "cus_" + draw.base62(14));
                return metadata;
            }
            case "/links": {
                ObjectNode links = ValueFiller.NODES.objectNode();
                links.put("self", "https://api.runflow.io/v1/runs/" + draw.uuid());
                return links;
            }
            case "/cost_breakdown": {
                ObjectNode breakdown = ValueFiller.NODES.objectNode();
                breakdown.put("compute", RealisticValues.cost(draw));
                return breakdown;
            }
            case "/target_version":
                return ValueFiller.NODES.stringNode("v" + draw.between(1, 30));
            default:
                return null;
        }
    }

    @Override
    public void shape(ObjectNode run, String status, RunTimeline timeline, ValueFiller filler, SchemaNode root) {
        Draw draw = filler.draw();
        Choices choices = filler.choices();
        boolean waiting = status.equals("queued") || status.equals("dispatching");
        boolean terminal = TERMINAL.contains(status);
        boolean stoppedEarly = (status.equals("failed") || status.startsWith("cancel"))
                && choices.flip("/stopped-early", 0.3, draw);
        Instant created = timeline.created();
        Instant started = waiting || stoppedEarly ? null : timeline.started();
        Instant completed = !terminal ? null
                : started != null ? timeline.ended() : created.plusMillis(draw.between(300, 20_000));
        String id = draw.uuidV7(created.toEpochMilli());

        run.put("id", id);
        run.put("status_code", status);
        optionalTime(run, "created_at", created, choices);
        timeOrEmpty(run, "started_at", started, choices);
        timeOrEmpty(run, "completed_at", completed, choices);
        if (completed != null && run.hasNonNull("created_at")) {
            run.put("duration_ms", Duration.between(created, completed).toMillis());
        } else {
            looseNull(run, "duration_ms", choices);
        }

        int total = draw.between(3, 12);
        int done = switch (status) {
            case "queued", "dispatching" -> 0;
            case "running" -> draw.between(0, total - 1);
            case "succeeded" -> total;
            case "partial_succeeded" -> draw.between(1, total);
            default -> started == null ? 0 : draw.between(0, total - 1);
        };
        switch (choices.bound("/nodes_total", true, true)) {
            case VALUE -> {
                run.put("nodes_total", total);
                run.put("nodes_completed", done);
            }
            case NULL -> {
                run.putNull("nodes_total");
                run.putNull("nodes_completed");
            }
            case ABSENT -> { }
        }

        if (status.equals("succeeded") || status.equals("partial_succeeded")) {
            run.set("output", output(status, draw));
        } else {
            looseNull(run, "output", choices);
        }
        if (terminal && started != null) {
            run.put("cost", RealisticValues.cost(draw));
        } else if (status.equals("failed")) {
            run.put("cost", "0.000000");
        } else {
            looseNull(run, "cost", choices);
        }
        if (status.equals("failed")) {
            run.put("failure_code", started == null ? "dispatch_timeout" : RealisticValues.text("failure_code", draw));
            run.put("failure_message", RealisticValues.text("failure_message", draw));
            List<String> stages = List.of("execution", "callback", "reconciliation");
            choices.state("/failure_stage_code#started", stages.size(), false, false, 0.0);
            run.put("failure_stage_code", started == null ? "dispatch"
                    : choices.value("/failure_stage_code#started", stages, draw));
        } else {
            looseNull(run, "failure_code", choices);
            looseNull(run, "failure_message", choices);
            looseNull(run, "failure_stage_code", choices);
        }
        Instant until = completed != null ? completed : started != null ? timeline.pollTime() : created;
        embeddedRecords(run, "node_runs", id, started, until, Math.min(done + (status.equals("running") ? 1 : 0), 3),
                filler, root);
        embeddedRecords(run, "logs", id, created, until, 2, filler, root);
    }

    private static ObjectNode output(String status, Draw draw) {
        ObjectNode output = ValueFiller.NODES.objectNode();
        ArrayNode items = output.putArray(status.equals("succeeded") ? "images" : "outputs");
        int count = draw.between(1, 2);
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject();
            item.put("url", "https://cdn.runflow.io/outputs/" + draw.uuid() + ".png");
            item.put("content_type", "image/png");
            item.put("width", 1024);
            item.put("height", 1024);
        }
        return output;
    }

    /** A member the status leaves empty: null, or absent in the coverage set's turn. */
    private static void looseNull(ObjectNode run, String member, Choices choices) {
        if (choices.bound("/" + member + "#empty", false, true) != Choices.State.ABSENT) {
            run.putNull(member);
        }
    }

    private void optionalTime(ObjectNode run, String member, Instant instant, Choices choices) {
        switch (choices.bound("/" + member, true, true)) {
            case VALUE -> putTime(run, member, instant);
            case NULL -> run.putNull(member);
            case ABSENT -> { }
        }
    }

    /** A timestamp, or when the status leaves it empty, null (or absent in the coverage set's turn). */
    private void timeOrEmpty(ObjectNode run, String member, Instant instant, Choices choices) {
        if (instant == null) {
            looseNull(run, member, choices);
        } else {
            putTime(run, member, instant);
        }
    }

    private void putTime(ObjectNode run, String member, Instant instant) {
        if (instant == null) {
            run.putNull(member);
        } else {
            run.put(member, style().format(instant));
        }
    }

    /** The node runs or logs embed: absent, null or records of this run inside its time window. */
    private void embeddedRecords(ObjectNode run, String member, String runId, Instant from, Instant until, int most,
            ValueFiller filler, SchemaNode root) {
        String path = "/" + member;
        SchemaNode spec = root.members().get(member);
        Choices.State state = filler.choices().state(path, 0, true, true, absentChance(path));
        if (state == Choices.State.ABSENT) {
            return;
        }
        if (state == Choices.State.NULL) {
            run.putNull(member);
            return;
        }
        ArrayNode records = run.putArray(member);
        if (from == null) {
            return;
        }
        Draw draw = filler.draw();
        long window = Math.max(1, Duration.between(from, until).toMillis());
        int count = Math.min(most, filler.choices().items(path, 1, 3, draw));
        for (int i = 0; i < count; i++) {
            ObjectNode record = (ObjectNode) filler.value(spec.items().orElseThrow(), path + "/[]", member);
            records.add(record);
            Instant start = style().truncate(from.plusMillis(window * i / (count + 1)));
            Instant end = style().truncate(from.plusMillis(window * (i + 1) / (count + 1)));
            if (record.hasNonNull("run_id")) {
                record.put("run_id", runId);
            }
            if (member.equals("logs")) {
                replaceTime(record, "timestamp", start);
                if (record.has("run")) {
                    record.putNull("run");
                }
                continue;
            }
            replaceTime(record, "created_at", start);
            replaceTime(record, "started_at", start);
            replaceTime(record, "completed_at", end);
            if (record.has("duration_ms") && !record.get("duration_ms").isNull()) {
                record.put("duration_ms", Duration.between(start, end).toMillis());
            }
            if (record.has("state_code") && !record.get("state_code").isNull()) {
                record.put("state_code", "completed");
            }
        }
    }

    private void replaceTime(ObjectNode record, String member, Instant instant) {
        if (record.has(member) && !record.get(member).isNull()) {
            record.put(member, style().format(instant));
        }
    }

    @Override
    public DriftVocabulary vocabulary() {
        return new DriftVocabulary("status_code", "status", List.of(), "created_at", "started_at", "completed_at",
                LifecycleRuleIds.COMPLETED_BEFORE_STARTED, true, "", "cost", List.of("duration_ms", "nodes_total"),
                "id", "", "timed_out", List.of());
    }
}
