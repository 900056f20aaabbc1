package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTableTests {

    private static final Set<String> MEMBERS = Set.of("status", "created_at", "started_at", "ended_at", "progress", "duration");

    private static List<Map<String, Object>> read(String... rows) {
        List<String> lines = new java.util.ArrayList<>(List.of("# t", "", "## Rules", "",
                "| Rule | Shape | When | Members | Severity | Statement | Source | S/I |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"));
        lines.addAll(List.of(rows));
        return LifecycleTable.read("spec/x.lifecycle.md", lines, MEMBERS, Set.of("progress", "duration"));
    }

    @Test
    void anOrderRowWithAnAllowanceBecomesMillisecondsBetweenTwoMembers() {
        Map<String, Object> rule = read("| `lifecycle-a` | order | `status in success, failed` | `created_at <= started_at + 1.5s` | warning | s | src | I |").get(0);
        assertThat(rule.get("members")).isEqualTo(Map.of("earlier", "created_at", "later", "started_at", "allowanceMillis", 1500L,
                "compare", "timestamps"));
        assertThat(rule.get("when")).isEqualTo(Map.of("member", "status", "in", List.of("success", "failed")));
        assertThat(rule).containsEntry("line", 7).containsEntry("severity", "warning").containsEntry("basis", "I");
    }

    @Test
    void aDifferenceRowNamesTheDurationAndBothTimestamps() {
        Map<String, Object> rule = read("| `lifecycle-d` | difference | | `duration = ended_at - created_at (s)` | error | s | src | S |").get(0);
        assertThat(rule.get("members")).isEqualTo(Map.of("member", "duration", "later", "ended_at", "earlier", "created_at", "unit", "s"));
    }

    @Test
    void aMemberTheSchemaDoesNotHaveIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("| `lifecycle-a` | present | `status not in queued` | `endedAt` | error | s | src | S |"))
                .hasMessage("spec/x.lifecycle.md:7: 'lifecycle-a' names 'endedAt', which is not a top-level member of the schema");
    }

    @Test
    void anUnknownShapeOrMalformedMembersCellIsRefused() {
        assertThatThrownBy(() -> read("| `lifecycle-a` | before | | `a` | error | s | src | S |"))
                .hasMessageStartingWith("spec/x.lifecycle.md:7: 'lifecycle-a': shape 'before' is not one of order");
        assertThatThrownBy(() -> read("| `lifecycle-a` | range | | `progress in 0 to 1` | error | s | src | S |"))
                .hasMessage("spec/x.lifecycle.md:7: 'lifecycle-a': Members 'progress in 0 to 1' is not of the range form: m in 0..1");
    }

    @Test
    void anIdWithoutTheLifecyclePrefixOrListedTwiceIsRefused() {
        assertThatThrownBy(() -> read("| `ended-early` | absent | | `ended_at` | error | s | src | S |"))
                .hasMessageContaining("must be kebab-case and start with lifecycle-");
        assertThatThrownBy(() -> read("| `lifecycle-a` | absent | | `ended_at` | error | s | src | S |",
                "| `lifecycle-a` | present | | `ended_at` | error | s | src | S |"))
                .hasMessage("spec/x.lifecycle.md:8: rule 'lifecycle-a' is listed twice");
    }
}
