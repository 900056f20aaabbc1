package dev.runspec.generator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle rules of issue 13, written out for the test alone, while core has no lifecycle
 * rules yet: what each generated run must already keep so that it still passes once they arrive.
 * Returns the broken ones as lines.
 */
final class LifecycleFacts {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LifecycleFacts() {
    }

    static List<String> broken(RunGenerator generator, GeneratedRun run) {
        JsonNode doc = MAPPER.readTree(run.json());
        boolean runflow = run.schemaId().startsWith("runflow");
        boolean camel = run.schemaId().endsWith("-ts");
        String created = camel ? "createdAt" : "created_at";
        String queued = camel ? "queuedAt" : "queued_at";
        String started = camel ? "startedAt" : "started_at";
        String ended = runflow ? "completed_at" : camel ? "endedAt" : "ended_at";
        List<String> broken = new ArrayList<>();
        List<String> order = runflow ? List.of(created, started, ended) : List.of(created, queued, started, ended);
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                Instant a = time(doc, order.get(i));
                Instant b = time(doc, order.get(j));
                if (a != null && b != null && a.isAfter(b)) {
                    broken.add(order.get(j) + " before " + order.get(i));
                }
            }
        }
        Set<String> terminal = generator.terminalStatuses();
        boolean isTerminal = terminal.contains(run.status());
        if (isTerminal && time(doc, ended) == null) {
            broken.add("terminal without " + ended);
        }
        if (!isTerminal && time(doc, ended) != null) {
            broken.add("not terminal but has " + ended);
        }
        if (Set.of("not-started", "queued", "dispatching").contains(run.status()) && time(doc, started) != null) {
            broken.add(run.status() + " but has " + started);
        }
        if (runflow && run.status().equals("failed")
                && (!doc.hasNonNull("failure_code") || !doc.hasNonNull("failure_message"))) {
            broken.add("failed without failure_code and failure_message");
        }
        if (runflow && run.status().equals("succeeded") && (!doc.hasNonNull("output") || doc.get("output").isEmpty())) {
            broken.add("succeeded without output");
        }
        if (runflow && doc.hasNonNull("nodes_completed") && doc.hasNonNull("nodes_total")
                && doc.get("nodes_completed").asLong() > doc.get("nodes_total").asLong()) {
            broken.add("nodes_completed > nodes_total");
        }
        JsonNode progress = doc.get(camel ? "progress" : "progress");
        if (progress != null && progress.isNumber() && (progress.asDouble() < 0 || progress.asDouble() > 1)) {
            broken.add("progress outside 0..1");
        }
        if (run.schemaId().equals("comfydeploy-v2")) {
            duration(doc, "duration", created, ended, broken);
            duration(doc, "cold_start_duration", queued, started, broken);
            duration(doc, "cold_start_duration_total", created, started, broken);
            duration(doc, "run_duration", started, ended, broken);
        }
        return broken;
    }

    private static void duration(JsonNode doc, String member, String from, String to, List<String> broken) {
        Instant a = time(doc, from);
        Instant b = time(doc, to);
        JsonNode value = doc.get(member);
        boolean isNull = value == null || value.isNull();
        if ((a == null || b == null) != isNull) {
            broken.add(member + " null is not 'an operand is null'");
        } else if (!isNull) {
            BigDecimal expected = BigDecimal.valueOf(Duration.between(a, b).toNanos()).movePointLeft(9);
            if (expected.subtract(BigDecimal.valueOf(value.asDouble())).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                broken.add(member + " " + value + " is not " + to + " - " + from + " = " + expected);
            }
        }
    }

    private static Instant time(JsonNode doc, String member) {
        JsonNode value = doc.get(member);
        return value == null || value.isNull() ? null : OffsetDateTime.parse(value.asString()).toInstant();
    }
}
