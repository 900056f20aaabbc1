package dev.runspec.generator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The drifts seen in the field and in {@code examples/drifted}, each applied to one conforming run
 * so that it breaks exactly one rule, with the violation it must produce. A drift that does not
 * fit a run (no cost to misformat, no end time to drop) is left out for that run.
 *
 * <p>Drifts that change the status or drop it only start from runs whose status does not decide an
 * end time, so that no lifecycle rule fires besides the one expected.
 */
final class NearMissCatalogue {

    static final String HTML_ERROR_PAGE = "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
            + "<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private final RunProfile profile;
    private final DriftVocabulary words;

    NearMissCatalogue(RunProfile profile) {
        this.profile = profile;
        this.words = profile.vocabulary();
    }

    List<NearMiss> of(GeneratedRun run) {
        ObjectNode original = (ObjectNode) DocumentBuilder.MAPPER.readTree(run.json());
        List<NearMiss> out = new ArrayList<>();
        boolean terminal = profile.terminalStatuses().contains(run.status());
        String status = words.statusMember();

        if (!terminal) {
            ObjectNode d = renamed(original, status, words.renamedStatusMember());
            out.add(miss(run, "renamed-status-member", "the status arrives as '" + words.renamedStatusMember() + "'",
                    d, violation("required", "/" + status), violation("unknown-property", "/" + words.renamedStatusMember())));
        }
        if (!words.canceledSpellings().isEmpty() && run.status().equals(words.canceledSpellings().get(0))) {
            ObjectNode d = original.deepCopy();
            d.put(status, words.canceledSpellings().get(1));
            out.add(miss(run, "canceled-spelling", "'" + words.canceledSpellings().get(0) + "' spelled '"
                    + words.canceledSpellings().get(1) + "'", d,
                    violation(profile.schemaId().equals("comfydeploy-v2") ? "unknown-value" : "enum", "/" + status)));
        }
        if (!words.unknownStatus().isEmpty() && !terminal) {
            ObjectNode d = original.deepCopy();
            d.put(status, words.unknownStatus());
            out.add(miss(run, "unknown-status", "a status the provider never documented: " + words.unknownStatus(), d,
                    violation("enum", "/" + status)));
        }
        JsonNode progress = words.progressMember().isEmpty() ? null : original.get(words.progressMember());
        if (progress != null && progress.isNumber() && progress.asDouble() >= 0.02) {
            ObjectNode d = original.deepCopy();
            d.put(words.progressMember(), BigDecimal.valueOf(progress.asDouble()).movePointRight(2).intValue());
            out.add(miss(run, "progress-as-percentage", "progress sent as 0-100 instead of 0-1", d,
                    violation(LifecycleRuleIds.PROGRESS_OUT_OF_RANGE, "/" + words.progressMember())));
        }
        timestampDrifts(run, original, out);
        ObjectNode nulled = original.deepCopy();
        nulled.putNull(words.requiredNonNullMember());
        out.add(miss(run, "null-instead-of-value", words.requiredNonNullMember() + " sent as null", nulled,
                violation("null", "/" + words.requiredNonNullMember())));
        JsonNode nullable = words.requiredNullableMember().isEmpty() ? null : original.get(words.requiredNullableMember());
        if (nullable != null && nullable.isNull()) {
            ObjectNode d = original.deepCopy();
            d.remove(words.requiredNullableMember());
            out.add(miss(run, "missing-instead-of-null", words.requiredNullableMember() + " left out instead of null", d,
                    violation("required", "/" + words.requiredNullableMember())));
        }
        for (String member : words.numberMembers()) {
            JsonNode number = original.get(member);
            if (number != null && number.isNumber()) {
                ObjectNode d = original.deepCopy();
                d.put(member, number.asString());
                out.add(miss(run, "number-as-string", member + " sent as the string \"" + number.asString() + "\"", d,
                        violation("type", "/" + member)));
                break;
            }
        }
        JsonNode cost = words.costMember().isEmpty() ? null : original.get(words.costMember());
        if (cost != null && cost.isString() && new BigDecimal(cost.asString()).signum() > 0) {
            ObjectNode d = original.deepCopy();
            d.put(words.costMember(), String.format(Locale.ROOT, "%.2e", new BigDecimal(cost.asString())));
            out.add(miss(run, "cost-in-scientific-notation", "cost written as a float, " + d.get(words.costMember()).asString(),
                    d, violation("pattern", "/" + words.costMember())));
        }
        out.add(new NearMiss(run.schemaId(), "html-error-page", "a proxy's HTML 504 page instead of the body", run,
                HTML_ERROR_PAGE, List.of(violation("malformed-json", ""))));
        lifecycleDrifts(run, original, terminal, out);
        return out;
    }

    private void timestampDrifts(GeneratedRun run, ObjectNode original, List<NearMiss> out) {
        if (!words.timestampsHaveFormat()) {
            return;
        }
        String member = profile.schemaId().equals("comfydeploy-v2") ? "updated_at" : words.createdMember();
        JsonNode time = original.get(member);
        if (time == null || !time.isString()) {
            return;
        }
        String text = time.asString();
        String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text.substring(0, text.length() - 6);
        ObjectNode noOffset = original.deepCopy();
        noOffset.put(member, local);
        out.add(miss(run, "timestamp-without-offset", member + " without its offset: " + local, noOffset,
                violation("format", "/" + member)));
        ObjectNode spaced = original.deepCopy();
        spaced.put(member, text.replace('T', ' '));
        out.add(miss(run, "timestamp-with-space", member + " with a space for the T: " + text.replace('T', ' '), spaced,
                violation("format", "/" + member)));
        ObjectNode swapped = original.deepCopy();
        swapped.put(member, text.endsWith("Z") ? local + "+00:00" : local + "Z");
        out.add(miss(run, "offset-spelled-otherwise", member + " with " + (text.endsWith("Z") ? "+00:00" : "Z")
                + " for UTC; the contract allows it and a client must too", swapped));
    }

    private void lifecycleDrifts(GeneratedRun run, ObjectNode original, boolean terminal, List<NearMiss> out) {
        String end = words.endMember();
        String start = words.startMember();
        if (terminal && original.hasNonNull(end)) {
            ObjectNode d = original.deepCopy();
            d.putNull(end);
            for (String duration : List.of("duration", "run_duration", "duration_ms")) {
                if (d.has(duration)) {
                    d.putNull(duration);
                }
            }
            out.add(miss(run, "terminal-without-end", run.status() + " without " + end, d,
                    violation(profile.schemaId().startsWith("comfydeploy") && run.status().equals("success")
                            ? LifecycleRuleIds.SUCCESS_WITHOUT_END : LifecycleRuleIds.TERMINAL_WITHOUT_END, "/" + end)));
        }
        String before = profile.schemaId().startsWith("comfydeploy") ? n(start, "queued") : words.createdMember();
        if (original.hasNonNull(end) && original.hasNonNull(start) && original.hasNonNull(before)) {
            Instant previous = instant(original.get(before));
            Instant started = instant(original.get(start));
            long gap = Duration.between(previous, started).toMillis();
            if (gap >= 2) {
                Instant ended = started.minusMillis(Math.min(1000, gap / 2));
                ObjectNode d = original.deepCopy();
                d.put(end, profile.style().format(ended));
                retime(d, ended);
                out.add(miss(run, "ended-before-started", end + " before " + start, d,
                        violation(words.orderRule(), "/" + end)));
            }
        }
        for (String duration : words.durationMembers()) {
            JsonNode value = original.get(duration);
            if (value != null && value.isNumber()) {
                ObjectNode d = original.deepCopy();
                d.put(duration, BigDecimal.valueOf(value.asDouble()).add(BigDecimal.valueOf(1.5)).doubleValue());
                out.add(miss(run, "duration-disagrees", duration + " is not the difference of its timestamps", d,
                        violation(LifecycleRuleIds.RUN_DURATION_MISMATCH, "/" + duration)));
            }
        }
        if (run.status().equals("failed") && original.hasNonNull("failure_code")) {
            ObjectNode d = original.deepCopy();
            d.putNull("failure_code");
            out.add(miss(run, "failed-without-failure-code", "a failed run without failure_code", d,
                    violation(LifecycleRuleIds.FAILED_WITHOUT_FAILURE_CODE, "/failure_code")));
        }
    }

    /** The durations that depend on the end, recomputed for a new end, so that only the order breaks. */
    private void retime(ObjectNode d, Instant ended) {
        if (d.hasNonNull("run_duration")) {
            d.put("run_duration", seconds(instant(d.get("started_at")), ended));
        }
        if (d.hasNonNull("duration")) {
            d.put("duration", seconds(instant(d.get("created_at")), ended));
        }
        if (d.hasNonNull("duration_ms") && d.hasNonNull("created_at")) {
            d.put("duration_ms", Duration.between(instant(d.get("created_at")), ended).toMillis());
        }
    }

    private static double seconds(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toNanos()).movePointLeft(9).doubleValue();
    }

    private String n(String startMember, String word) {
        return startMember.replace("started", word);
    }

    private static Instant instant(JsonNode text) {
        return OffsetDateTime.parse(text.asString()).toInstant();
    }

    private static ObjectNode renamed(ObjectNode original, String from, String to) {
        ObjectNode d = ValueFiller.NODES.objectNode();
        original.properties().forEach(e -> d.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
        return d;
    }

    private static ExpectedViolation violation(String rule, String pointer) {
        return new ExpectedViolation(rule, pointer);
    }

    private static NearMiss miss(GeneratedRun run, String drift, String description, ObjectNode document,
            ExpectedViolation... expected) {
        return new NearMiss(run.schemaId(), drift, description, run, DocumentBuilder.text(document), List.of(expected));
    }
}
