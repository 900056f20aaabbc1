package dev.runspec.generator;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * What a run keeps from one step of a {@link RunSeries} to the next, whatever the new step's draw:
 * progress and finished nodes never go back, the node count stays, and outputs once shown stay.
 */
final class SeriesContinuity {

    private SeriesContinuity() {
    }

    static void keep(ObjectNode current, ObjectNode previous, String status) {
        if (previous == null) {
            return;
        }
        for (String progress : new String[] {"progress"}) {
            JsonNode before = previous.get(progress);
            JsonNode now = current.get(progress);
            if (before != null && before.isNumber() && now != null && now.isNumber()
                    && before.asDouble() > now.asDouble()) {
                current.set(progress, before);
            }
        }
        JsonNode total = previous.get("nodes_total");
        if (total != null && total.isNumber() && current.has("nodes_total")) {
            current.set("nodes_total", total);
            JsonNode done = current.get("nodes_completed");
            JsonNode doneBefore = previous.get("nodes_completed");
            if (done != null && done.isNumber()) {
                int value = status.equals("succeeded") ? total.asInt() : done.asInt();
                if (doneBefore != null && doneBefore.isNumber()) {
                    value = Math.max(value, doneBefore.asInt());
                }
                current.put("nodes_completed", Math.min(value, total.asInt()));
            }
        }
        for (String outputs : new String[] {"outputs", "output"}) {
            JsonNode before = previous.get(outputs);
            if (before != null && size(before) > size(current.get(outputs))) {
                current.set(outputs, before);
            }
        }
    }

    private static int size(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        return node.isArray() ? node.size() : 1;
    }
}
