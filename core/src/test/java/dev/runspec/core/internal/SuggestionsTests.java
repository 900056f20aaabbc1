package dev.runspec.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" stops computing an edit distance as soon as it cannot matter; the suggestions are
 * exactly those of the plain computation over the whole table.
 */
class SuggestionsTests {

    private static final List<String> DOCUMENTED = List.of("id", "status", "status_code", "created_at", "updated_at",
            "started_at", "ended_at", "queue_position", "workflow_version_id", "workflow_inputs", "gpu", "gpu_event_id",
            "machine_type", "modal_function_call_id", "cold_start_duration", "cold_start_duration_total", "outputs", "url");

    @Test
    void renamed_and_misspelt_members_get_the_documented_name() {
        assertThat(Suggestions.closest("updatedAt", DOCUMENTED)).isEqualTo("updated_at");
        assertThat(Suggestions.closest("uri", DOCUMENTED)).isEqualTo("url");
        assertThat(Suggestions.closest("statuscode", DOCUMENTED)).isEqualTo("status_code");
        assertThat(Suggestions.closest("cold_start", DOCUMENTED)).isEqualTo("cold_start_duration");
        assertThat(Suggestions.closest("priority", DOCUMENTED)).isNull();
    }

    @Test
    void the_bounded_computation_suggests_what_the_full_one_suggests() {
        Random random = new Random(20261122);
        List<String> names = new ArrayList<>(DOCUMENTED);
        for (int i = 0; i < 3000; i++) {
            String unknown = mutate(names.get(random.nextInt(names.size())), random);
            assertThat(Suggestions.closest(unknown, names)).as(unknown).isEqualTo(reference(unknown, names));
        }
    }

    private static String mutate(String name, Random random) {
        StringBuilder out = new StringBuilder(name);
        int edits = random.nextInt(6);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, (char) ('a' + random.nextInt(26)));
                case 2 -> out.setCharAt(at, (char) ('a' + random.nextInt(26)));
                default -> out.append("_x".repeat(random.nextInt(6)));
            }
        }
        return out.toString();
    }

    /** The plain rule: the whole table for every name. */
    private static String reference(String unknown, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = normalise(unknown);
        if (u.length() < 3) {
            return null;
        }
        for (String name : names) {
            String n = normalise(name);
            int distance = n.equals(u) ? 0 : fullDistance(u, n);
            boolean prefix = u.length() >= 4 && (n.startsWith(u) || u.startsWith(n)) && n.length() >= 4;
            int limit = Math.max(1, Math.min(u.length(), n.length()) / 3);
            if ((distance <= limit || prefix) && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String normalise(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static int fullDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
