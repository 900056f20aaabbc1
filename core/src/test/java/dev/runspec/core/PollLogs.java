package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Realistic poll sequences built from the conforming test documents: every response of one run,
 * from creation to its terminal status (polled twice at the end), as a client would record them.
 */
final class PollLogs {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The member names and statuses of one provider API. */
    record Provider(String schemaId, String runningFile, String outputsFile, String status, String queuedAt,
            String startedAt, String endedAt, String updatedAt, String progress, String outputs,
            List<String> path, List<String> terminals) {

        @Override
        public String toString() {
            return schemaId;
        }
    }

    static final Provider RUNFLOW = new Provider("runflow-v1", "runflow-v1/queued.json", "runflow-v1/succeeded-with-model.json",
            "status_code", null, "started_at", "completed_at", null, "nodes_completed", "output",
            List.of("queued", "dispatching", "running", "running"),
            List.of("succeeded", "failed", "canceled", "cancelled", "partial_succeeded"));
    static final Provider COMFYDEPLOY_V2 = comfyDeploy("comfydeploy-v2", "created_at", "queued_at", "started_at",
            "ended_at", "updated_at");
    static final Provider COMFYDEPLOY_V1 = comfyDeploy("comfydeploy-v1", "created_at", "queued_at", "started_at",
            "ended_at", "updated_at");
    static final Provider COMFYDEPLOY_V1_TS = comfyDeploy("comfydeploy-v1-ts", "createdAt", "queuedAt", "startedAt",
            "endedAt", "updatedAt");
    static final List<Provider> ALL = List.of(RUNFLOW, COMFYDEPLOY_V1, COMFYDEPLOY_V1_TS, COMFYDEPLOY_V2);

    private static Provider comfyDeploy(String schemaId, String createdAt, String queuedAt, String startedAt, String endedAt,
            String updatedAt) {
        return new Provider(schemaId, schemaId + "/running.json", schemaId + "/success-with-outputs.json", "status",
                queuedAt, startedAt, endedAt, updatedAt, "progress", "outputs",
                List.of("not-started", "queued", "started", "running", "running"),
                List.of("success", "failed", "timeout", "cancelled"));
    }

    private PollLogs() {
    }

    /** Every provider, as test arguments. */
    static List<Provider> all() {
        return ALL;
    }

    /** Every response of one clean run that ends in {@code terminal}, the terminal response twice. */
    static List<ObjectNode> cleanRun(Provider provider, String runId, String terminal) {
        ObjectNode base = (ObjectNode) read(provider.runningFile());
        JsonNode outputs = read(provider.outputsFile()).get(provider.outputs());
        base.put("id", runId);
        List<ObjectNode> polls = new ArrayList<>();
        List<String> statuses = new ArrayList<>(provider.path());
        statuses.add(terminal);
        statuses.add(terminal);
        for (int step = 0; step < statuses.size(); step++) {
            String status = statuses.get(step);
            ObjectNode poll = base.deepCopy();
            poll.put(provider.status(), status);
            int reached = provider.path().indexOf(status) < 0 ? provider.path().size() : provider.path().indexOf(status);
            boolean runflow = provider == RUNFLOW;
            setTime(poll, provider.queuedAt(), reached >= 1 ? 1 : -1);
            setTime(poll, provider.startedAt(), reached >= (runflow ? 2 : 2) ? 2 : -1);
            boolean ended = provider.terminals().contains(status);
            setTime(poll, provider.endedAt(), ended ? 9 : -1);
            setTime(poll, provider.updatedAt(), Math.min(step, statuses.size() - 2) + 1);
            if (runflow) {
                poll.put("nodes_total", 3);
                if (step >= 2) {
                    poll.put(provider.progress(), Math.min(step - 1, 3));
                } else {
                    poll.putNull(provider.progress());
                }
            } else {
                poll.put(provider.progress(), step < 3 ? 0.0 : Math.min(0.3 * (step - 2), 1.0));
            }
            boolean succeeded = status.equals("success") || status.equals("succeeded") || status.equals("partial_succeeded");
            if (succeeded) {
                poll.set(provider.outputs(), outputs.deepCopy());
            } else if (runflow) {
                poll.putNull(provider.outputs());
            } else {
                poll.putArray(provider.outputs());
            }
            polls.add(poll);
        }
        return polls;
    }

    /** Runs interleaved as a poller sees them: one poll of each run in turn until every run ends. */
    static List<String> interleaved(List<List<ObjectNode>> runs) {
        List<String> lines = new ArrayList<>();
        for (int step = 0; ; step++) {
            boolean any = false;
            for (List<ObjectNode> run : runs) {
                if (step < run.size()) {
                    lines.add(line(run.get(step)));
                    any = true;
                }
            }
            if (!any) {
                return lines;
            }
        }
    }

    /** One response on one line, as an NDJSON poll log holds it. */
    static String line(JsonNode poll) {
        return MAPPER.writeValueAsString(poll);
    }

    static List<String> lines(List<ObjectNode> polls) {
        return polls.stream().map(PollLogs::line).toList();
    }

    /** A copy of the poll with the members changed: a value, or {@code null} for JSON null. */
    static ObjectNode with(ObjectNode poll, Map<String, Object> members) {
        ObjectNode copy = poll.deepCopy();
        members.forEach((name, value) -> copy.set(name, MAPPER.valueToTree(value)));
        return copy;
    }

    static ObjectNode edit(ObjectNode poll, Consumer<ObjectNode> change) {
        ObjectNode copy = poll.deepCopy();
        change.accept(copy);
        return copy;
    }

    static String time(int second) {
        return "2026-05-06T10:00:" + (second < 10 ? "0" : "") + second + ".000Z";
    }

    private static void setTime(ObjectNode poll, String member, int second) {
        if (member == null) {
            return;
        }
        if (second < 0) {
            poll.putNull(member);
        } else {
            poll.put(member, time(second + 10));
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PollLogs.class.getResourceAsStream("/conforming/" + resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
