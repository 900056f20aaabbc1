package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the sequence checker keeps of one run's latest response: where it is (input, line and the
 * position of each tracked member) and the tracked members' values. Containers are kept as their
 * size only, so a long run's outputs are not held in memory.
 *
 * @param values per tracked member: a scalar {@link JsonNode}, an {@link Integer} size for an
 *     array or object, or {@code null} when absent or JSON null
 * @param present per tracked member: whether the member was in the document at all
 * @param positions per tracked member, then the document start: {@code line << 32 | column}
 * @param seen the response's number in the sequence, for the idle gap
 */
record PollSnapshot(String input, long line, Object[] values, boolean[] present, long[] positions, long seen) {

    static PollSnapshot of(String input, long line, JsonNode document, List<String> members, long[] relativePositions, long seen) {
        Object[] values = new Object[members.size()];
        boolean[] present = new boolean[members.size()];
        long[] positions = new long[relativePositions.length];
        for (int m = 0; m < members.size(); m++) {
            JsonNode value = document.get(members.get(m));
            present[m] = value != null;
            if (value == null || value.isNull()) {
                values[m] = null;
            } else if (value.isContainer()) {
                values[m] = value.size();
            } else {
                values[m] = value;
            }
        }
        long base = Math.max(line, 1);
        for (int p = 0; p < positions.length; p++) {
            long at = relativePositions[p];
            positions[p] = at == 0 ? 0 : ((base + TopLevelPositions.line(at) - 1) << 32) | (TopLevelPositions.column(at) & 0xFFFFFFFFL);
        }
        return new PollSnapshot(input, line, values, present, positions, seen);
    }

    /** Line of member {@code m}, or of the document when the member is absent. */
    int lineOf(int m) {
        long at = positions[m] != 0 ? positions[m] : positions[positions.length - 1];
        return at == 0 ? (int) Math.min(Integer.MAX_VALUE, Math.max(line, 1)) : (int) Math.min(Integer.MAX_VALUE, at >>> 32);
    }

    /** Column of member {@code m}, or of the document when the member is absent. */
    int columnOf(int m) {
        long at = positions[m] != 0 ? positions[m] : positions[positions.length - 1];
        return at == 0 ? 1 : TopLevelPositions.column(at);
    }
}
