package dev.runspec.core;

import static dev.runspec.core.PollLogs.COMFYDEPLOY_V1_TS;
import static dev.runspec.core.PollLogs.COMFYDEPLOY_V2;
import static dev.runspec.core.PollLogs.RUNFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SequenceCheckerTests {

    /**
     * The poll logs here are built by hand from one recording per provider, to test the rules
     * between two polls; their durations and failure members are not kept in step with each
     * status, so the per-response lifecycle rules are left out (one test below shows they apply).
     */
    private static final RunValidator VALIDATOR = RunValidator.builder().lifecycleRules(false).build();

    static Stream<Arguments> everyProviderAndTerminalStatus() {
        return PollLogs.ALL.stream().flatMap(p -> p.terminals().stream().map(t -> Arguments.of(p, t)));
    }

    @ParameterizedTest(name = "{0} ending {1}")
    @MethodSource("everyProviderAndTerminalStatus")
    void a_clean_run_of_every_provider_and_terminal_status_has_no_finding(PollLogs.Provider provider, String terminal) {
        List<String> log = PollLogs.lines(PollLogs.cleanRun(provider, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", terminal));

        List<Violation> found = violations(provider.schemaId(), log);

        assertThat(found).isEmpty();
        assertThat(log).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.runspec.core.PollLogs#all")
    void interleaved_clean_runs_have_no_finding_and_auto_detects_each_schema(PollLogs.Provider provider) {
        List<List<ObjectNode>> runs = new ArrayList<>();
        for (int r = 0; r < provider.terminals().size(); r++) {
            runs.add(PollLogs.cleanRun(provider, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4" + r, provider.terminals().get(r)));
        }

        assertThat(violations(provider.schemaId(), PollLogs.interleaved(runs))).isEmpty();
        assertThat(violations(RunValidator.AUTO, PollLogs.interleaved(runs))).isEmpty();
    }

    static Stream<Arguments> faults() {
        List<ObjectNode> flow = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        List<ObjectNode> cd = PollLogs.cleanRun(COMFYDEPLOY_V2, "c9f0f895-fb98-4b91-8d7e-2f1a0b9c8d7e", "success");
        List<ObjectNode> ts = PollLogs.cleanRun(COMFYDEPLOY_V1_TS, "1f3e5d7c-9b0a-4c2e-8f4a-6b8d0f2e4a6c", "success");
        return Stream.of(
                fault("a finished Runflow run starts running again", RUNFLOW, flow, 6,
                        Map.of("status_code", "running"), "sequence-terminal-changed", "/status_code"),
                fault("a finished ComfyDeploy run starts running again", COMFYDEPLOY_V2, cd, 7,
                        Map.of("status", "running"), "sequence-terminal-changed", "/status"),
                fault("a running Runflow run goes back to queued", RUNFLOW, flow, 3,
                        Map.of("status_code", "queued"), "sequence-status-transition", "/status_code"),
                fault("a ComfyDeploy run goes back to not-started", COMFYDEPLOY_V2, cd, 3,
                        Map.of("status", "not-started"), "sequence-status-transition", "/status"),
                fault("ComfyDeploy's late queued update arrives after started", COMFYDEPLOY_V2, cd, 4,
                        Map.of("status", "queued"), "sequence-queued-after-started", "/status"),
                fault("a read-time timeout gives way to success", COMFYDEPLOY_V2,
                        List.of(cd.get(0), cd.get(1), cd.get(2), PollLogs.with(cd.get(3), Map.of("status", "timeout")), cd.get(5)), 5,
                        Map.of(), "sequence-read-time-status-changed", "/status"),
                fault("the run's created_at changes", RUNFLOW, flow, 2,
                        Map.of("created_at", "2026-05-06T09:59:00.000Z"), "sequence-identity-changed", "/created_at"),
                fault("the run's workflow changes", COMFYDEPLOY_V1_TS, ts, 4,
                        Map.of("workflowId", "00000000-6a3b-4f80-b1d5-9e8c7a6b5f43"), "sequence-identity-changed", "/workflowId"),
                fault("progress goes down", COMFYDEPLOY_V2, cd, 5,
                        Map.of("progress", 0.1), "sequence-progress-decreased", "/progress"),
                fault("finished nodes become unfinished", RUNFLOW, flow, 4,
                        Map.of("nodes_completed", 0), "sequence-nodes-completed-decreased", "/nodes_completed"),
                fault("updated_at goes back", COMFYDEPLOY_V1_TS, ts, 3,
                        Map.of("updatedAt", "2024-01-01T00:00:00.000Z"), "sequence-updated-at-went-back", "/updatedAt"),
                fault("started_at changes once set", RUNFLOW, flow, 4,
                        Map.of("started_at", "2026-05-06T10:00:13.500Z"), "sequence-timestamp-changed", "/started_at"),
                fault("ended_at is reset by a non-terminal update", COMFYDEPLOY_V2,
                        List.of(cd.get(3), PollLogs.with(cd.get(4), Map.of("ended_at", PollLogs.time(40))), cd.get(4)), 3,
                        Map.of(), "sequence-ended-at-reset", "/ended_at"),
                fault("outputs disappear after success", COMFYDEPLOY_V2, cd, 7,
                        Map.of("outputs", List.of()), "sequence-outputs-disappeared", "/outputs"),
                fault("Runflow's output disappears after success", RUNFLOW, flow, 6,
                        mapWithNull("output"), "sequence-outputs-disappeared", "/output"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void an_injected_fault_is_found_on_the_later_response_naming_the_earlier(String fault, PollLogs.Provider provider,
            List<String> log, int faultyLine, String rule, String pointer) {
        List<Violation> found = violations(provider.schemaId(), log);

        assertThat(found).as(fault).hasSize(1);
        Violation v = found.get(0);
        assertThat(v.rule().id()).isEqualTo(rule);
        assertThat(v.pointer()).isEqualTo(pointer);
        assertThat(v.line()).isEqualTo(faultyLine);
        assertThat(v.column()).isGreaterThan(1);
        assertThat(v.related()).singleElement().satisfies(earlier -> {
            assertThat(earlier.line()).isEqualTo(faultyLine - 1);
            assertThat(earlier.pointer()).isEqualTo(pointer);
            assertThat(earlier.input()).isNull();
        });
        assertThat(v.message()).contains("(line " + (faultyLine - 1) + ")");
        assertThat(v.severity()).isEqualTo(rule.equals("sequence-terminal-changed") || rule.equals("sequence-status-transition")
                || rule.equals("sequence-identity-changed") ? Severity.ERROR : Severity.WARNING);
    }

    @Test
    void the_finding_reads_as_one_line_with_both_positions() {
        List<ObjectNode> flow = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        List<String> log = new ArrayList<>(PollLogs.lines(flow));
        log.add(PollLogs.line(PollLogs.with(flow.get(5), Map.of("status_code", "running"))));

        Violation v = violations("runflow-v1", log).get(0);

        int column = log.get(6).indexOf("\"status_code\"") + "\"status_code\":".length() + 1;
        int earlierColumn = log.get(5).indexOf("\"status_code\"") + "\"status_code\":".length() + 1;
        assertThat(v).hasToString("7:" + column + ": /status_code: status_code went from \"succeeded\" (line 6) to \"running\";"
                + " a finished run never changes status (earlier poll: 6:" + earlierColumn + " /status_code) [sequence-terminal-changed]");
    }

    @Test
    void columns_count_characters_as_the_validator_does_after_non_ascii_text() {
        List<ObjectNode> flow = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        ObjectNode earlier = PollLogs.edit(flow.get(5), poll -> { });
        ObjectNode later = PollLogs.edit(flow.get(5), poll -> { });
        for (ObjectNode poll : List.of(earlier, later)) {
            ObjectNode reordered = poll.objectNode();
            reordered.put("client_ref", "café 🎉 \"quoted\" {not an object}");
            reordered.setAll(poll);
            poll.removeAll();
            poll.setAll(reordered);
        }
        later.put("status_code", "failed");
        later.put("cost", "a lot");
        String laterLine = PollLogs.line(later);

        List<Violation> found = violations("runflow-v1", List.of(PollLogs.line(earlier), laterLine));

        Violation pattern = found.stream().filter(v -> v.rule().id().equals("pattern")).findFirst().orElseThrow();
        Violation terminal = found.stream().filter(v -> v.rule().id().equals("sequence-terminal-changed")).findFirst().orElseThrow();
        assertThat(terminal.column()).isEqualTo(laterLine.indexOf("\"status_code\":") + "\"status_code\":".length() + 1);
        assertThat(pattern.column()).isEqualTo(laterLine.indexOf("\"cost\":") + "\"cost\":".length() + 1);
        assertThat(terminal.related().get(0).column()).isEqualTo(terminal.column());
    }

    @Test
    void interleaved_runs_are_compared_with_their_own_earlier_response() {
        List<ObjectNode> a = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4a", "succeeded");
        List<ObjectNode> b = new ArrayList<>(PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4b", "failed"));
        b.set(3, PollLogs.with(b.get(3), Map.of("status_code", "dispatching")));

        List<Violation> found = violations("runflow-v1", PollLogs.interleaved(List.of(a, b)));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule().id()).isEqualTo("sequence-status-transition");
            assertThat(v.line()).isEqualTo(8);
            assertThat(v.related().get(0).line()).isEqualTo(6);
        });
    }

    @Test
    void a_run_seen_once_is_checked_alone() {
        List<ObjectNode> run = PollLogs.cleanRun(COMFYDEPLOY_V2, "c9f0f895-fb98-4b91-8d7e-2f1a0b9c8d7e", "success");
        String drifted = PollLogs.line(PollLogs.with(run.get(3), Map.of("progress", "half")));

        List<ValidationResult> results = SequenceChecker.create(VALIDATOR, "comfydeploy-v2").checkAll("polls.ndjson", List.of(drifted).iterator());

        assertThat(results).singleElement().satisfies(r -> assertThat(r.violations()).extracting(v -> v.rule().id()).containsExactly("type"));
    }

    @Test
    void a_finished_run_is_remembered_within_the_bound_and_forgotten_beyond_it() {
        List<ObjectNode> run = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        List<String> log = new ArrayList<>(PollLogs.lines(run));
        log.add(PollLogs.line(PollLogs.with(run.get(5), Map.of("status_code", "running"))));

        SequenceChecker remembering = SequenceChecker.builder(VALIDATOR, "runflow-v1").finishedRuns(1).build();
        SequenceChecker forgetting = SequenceChecker.builder(VALIDATOR, "runflow-v1").finishedRuns(0).build();

        assertThat(findings(remembering, log)).extracting(v -> v.rule().id()).containsExactly("sequence-terminal-changed");
        assertThat(findings(forgetting, log)).isEmpty();
    }

    @Test
    void memory_holds_open_runs_only_and_an_idle_run_is_forgotten() {
        SequenceChecker checker = SequenceChecker.builder(VALIDATOR, "runflow-v1").idleGap(3).finishedRuns(0).build();
        List<ObjectNode> idle = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d40", "succeeded");
        checker.accept("polls.ndjson", 1, PollLogs.line(idle.get(2)));
        for (int r = 1; r <= 3; r++) {
            List<ObjectNode> other = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4" + r, "failed");
            checker.accept("polls.ndjson", 1 + r, PollLogs.line(other.get(5)));
        }
        assertThat(checker.runsInMemory()).isEqualTo(1);

        ValidationResult back = checker.accept("polls.ndjson", 5, PollLogs.line(PollLogs.with(idle.get(2), Map.of("status_code", "queued"))));

        assertThat(back.violations()).as("the idle run was forgotten, so nothing to compare with").isEmpty();
        assertThat(checker.runsInMemory()).isEqualTo(1);
    }

    @Test
    void each_response_is_also_checked_against_the_lifecycle_rules_of_its_schema() {
        List<ObjectNode> flow = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        ObjectNode finished = flow.get(flow.size() - 1);
        ObjectNode outputLess = PollLogs.with(finished, Map.of());
        outputLess.putNull("output");
        List<String> log = PollLogs.lines(List.of(finished, outputLess));

        assertThat(findings(SequenceChecker.create(RunValidator.create(), "runflow-v1"), log))
                .extracting(v -> v.rule().id(), Violation::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple("lifecycle-succeeded-without-output", "/output"));
    }

    @Test
    void the_policy_sets_a_sequence_rule_severity() {
        List<ObjectNode> cd = PollLogs.cleanRun(COMFYDEPLOY_V2, "c9f0f895-fb98-4b91-8d7e-2f1a0b9c8d7e", "success");
        List<String> log = PollLogs.lines(List.of(cd.get(3), PollLogs.with(cd.get(4), Map.of("progress", 0.0))));
        RunValidator strict = RunValidator.builder().lifecycleRules(false)
                .policy(SeverityPolicy.defaults().with("sequence-progress-decreased=error")).build();

        assertThat(findings(SequenceChecker.create(strict, "comfydeploy-v2"), log))
                .singleElement().satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        assertThat(Rule.fromId("sequence-terminal-changed").defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void an_ndjson_stream_is_checked_line_by_line_with_its_line_numbers() {
        List<ObjectNode> run = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        String text = PollLogs.line(run.get(3)) + "\n\n" + PollLogs.line(PollLogs.with(run.get(4), Map.of("nodes_completed", 0))) + "\n{oops\n";
        List<LineResult> results = new ArrayList<>();

        SequenceChecker.create(VALIDATOR, "runflow-v1")
                .acceptLines("polls.ndjson", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), results::add);

        assertThat(results).extracting(LineResult::lineNumber).containsExactly(1L, 3L, 4L);
        assertThat(results.get(1).result().violations()).singleElement()
                .satisfies(v -> assertThat(v.rule().id()).isEqualTo("sequence-nodes-completed-decreased"));
        assertThat(results.get(2).result().violations()).extracting(v -> v.rule().id()).containsExactly("malformed-json");
        assertThat(results.get(2).result().violations().get(0).line()).isEqualTo(4);
    }

    @Test
    void a_column_after_a_lone_carriage_return_inside_a_poll_log_line_counts_from_the_line_s_start() {
        // A lone CR is JSON whitespace and ends a line for the JSON parser, not in a poll log; found by the NDJSON fuzz campaign
        List<ObjectNode> run = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        String later = PollLogs.line(PollLogs.with(run.get(5), Map.of("status_code", "running", "nodes_total", "three"))).replaceFirst(",", ",\r");
        String text = PollLogs.line(run.get(5)) + "\n" + later + "\n";
        List<LineResult> results = new ArrayList<>();

        SequenceChecker.create(VALIDATOR, "runflow-v1")
                .acceptLines("polls.ndjson", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), results::add);

        int column = later.indexOf("\"status_code\"") + "\"status_code\":".length() + 1;
        assertThat(later).contains("\r");
        // the pair finding, and the schema's on nodes_total
        assertThat(results.get(1).result().violations()).hasSizeGreaterThan(1).allSatisfy(v -> {
            assertThat(v.line()).isEqualTo(2);
            assertThat(v.column()).isBetween(1, later.length() + 1);
        });
        assertThat(results.get(1).result().violations()).extracting(Violation::pointer, Violation::column)
                .contains(tuple("/status_code", column));
    }

    @Test
    void a_multi_line_document_is_placed_at_its_own_lines() {
        List<ObjectNode> run = PollLogs.cleanRun(RUNFLOW, "0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e", "succeeded");
        SequenceChecker checker = SequenceChecker.create(VALIDATOR, "runflow-v1");
        checker.accept("runs/1.json", 1, run.get(5).toPrettyString());

        ValidationResult later = checker.accept("runs/2.json", 1, PollLogs.with(run.get(5), Map.of("status_code", "failed")).toPrettyString());

        Violation v = later.violations().get(0);
        assertThat(v.line()).isGreaterThan(1);
        assertThat(v.related().get(0).input()).isEqualTo("runs/1.json");
        assertThat(v.related().get(0).line()).isEqualTo(v.line());
        assertThat(v.message()).contains("(runs/1.json:" + v.line() + ")");
    }

    @Test
    void an_unknown_schema_is_refused() {
        assertThatThrownBy(() -> SequenceChecker.create(VALIDATOR, "nope")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments fault(String name, PollLogs.Provider provider, List<ObjectNode> clean, int faultyLine,
            Map<String, Object> change, String rule, String pointer) {
        List<String> log = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            log.add(PollLogs.line(i == faultyLine - 1 ? PollLogs.with(clean.get(i), change) : clean.get(i)));
        }
        return Arguments.of(name, provider, log.subList(0, faultyLine), faultyLine, rule, pointer);
    }

    private static Map<String, Object> mapWithNull(String member) {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put(member, null);
        return change;
    }

    private static List<Violation> violations(String schemaId, List<String> log) {
        return findings(SequenceChecker.create(VALIDATOR, schemaId), log);
    }

    private static List<Violation> findings(SequenceChecker checker, List<String> log) {
        List<Violation> all = new ArrayList<>();
        for (ValidationResult result : checker.checkAll("polls.ndjson", log.iterator())) {
            all.addAll(result.violations());
        }
        return all;
    }
}
