package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.runspec.core.RunValidator;
import dev.runspec.core.internal.schema.ValueCheck;
import dev.runspec.pact.EngineOracle.Case;
import dev.runspec.pact.MatcherAcceptance.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engines are the oracle. Every value runspec tries against a matcher in the pact files under
 * {@code src/test/resources/pacts} is judged by pact-jvm's own matching and by the Rust core's
 * recorded verdict, and runspec's model must agree with both; every {@code loose-matcher} finding
 * must hold in each engine it names, fail in each it does not, and fail the schema.
 */
class EngineVerdictsTests {

    private static final Path PACTS = Path.of("src", "test", "resources", "pacts");

    private final PactChecker checker = PactChecker.create();
    private final RunValidator validator = RunValidator.builder().policy(PactChecker.defaultPolicy()).build();

    @Test
    void every_trial_has_a_recorded_rust_core_verdict() throws IOException {
        Map<Case, Boolean> recorded = EngineOracle.rustCore();
        Set<Case> missing = new LinkedHashSet<>();
        for (Case c : trials()) {
            if (!recorded.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            Files.createDirectories(EngineOracle.MISSING_CASES.getParent());
            Files.write(EngineOracle.MISSING_CASES, missing.stream().map(Case::line).toList(), StandardCharsets.UTF_8);
            fail(missing.size() + " cases have no recorded Rust-core verdict; they are in pact/" + EngineOracle.MISSING_CASES
                    + ": record them as pact/src/test/rust-core/README.md says");
        }
    }

    @Test
    void the_model_agrees_with_every_recorded_rust_core_verdict() {
        Map<Case, Boolean> recorded = EngineOracle.rustCore();
        List<String> disagreements = new ArrayList<>();
        recorded.forEach((c, accepts) -> {
            if (!c.group().contains(ARRAY_CONTAINS) && c.modelAccepts(Engine.RUST_CORE) != accepts) {
                disagreements.add(c.line() + " -> the Rust core " + (accepts ? "accepts" : "rejects"));
            }
        });
        assertThat(recorded).hasSizeGreaterThan(500);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void the_model_agrees_with_pact_jvm_matching_on_every_case() throws IOException {
        Set<Case> cases = new LinkedHashSet<>(EngineOracle.rustCore().keySet());
        cases.addAll(trials());
        cases.removeIf(c -> c.group().contains(ARRAY_CONTAINS));
        List<String> disagreements = new ArrayList<>();
        Map<Case, Boolean> rust = EngineOracle.rustCore();
        Map<String, int[]> tally = new java.util.TreeMap<>();
        for (Case c : cases) {
            boolean accepts = EngineOracle.pactJvmAccepts(c);
            if (c.modelAccepts(Engine.PACT_JVM) != accepts) {
                disagreements.add(c.line() + " -> pact-jvm " + (accepts ? "accepts" : "rejects"));
            }
            int[] counts = tally.computeIfAbsent(kind(c), k -> new int[5]);
            Boolean core = rust.get(c);
            counts[0]++;
            counts[1] += accepts ? 1 : 0;
            counts[2] += Boolean.TRUE.equals(core) ? 1 : 0;
            counts[3] += core != null && core && !accepts ? 1 : 0;
            counts[4] += core != null && !core && accepts ? 1 : 0;
        }
        List<String> summary = new ArrayList<>(List.of("matcher kind\tcases\tpact-jvm accepts\tRust core accepts"
                + "\tRust core only\tpact-jvm only"));
        tally.forEach((kind, n) -> summary.add(kind + "\t" + n[0] + "\t" + n[1] + "\t" + n[2] + "\t" + n[3] + "\t" + n[4]));
        Files.createDirectories(EngineOracle.MISSING_CASES.getParent());
        Files.write(EngineOracle.MISSING_CASES.resolveSibling("engine-verdicts-by-kind.tsv"), summary, StandardCharsets.UTF_8);
        assertThat(cases).hasSizeGreaterThan(500);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void every_finding_holds_in_the_engines_it_names_and_fails_the_schema() {
        Map<Case, Boolean> rust = EngineOracle.rustCore();
        List<String> wrong = new ArrayList<>();
        int findings = 0;
        for (Reviewed r : reviewed()) {
            for (LooseMatchers.Finding f : r.matchers().review(r.body())) {
                findings++;
                Case c = Case.of(f);
                boolean jvm = EngineOracle.pactJvmAccepts(c);
                Boolean core = rust.get(c);
                if (jvm != f.engines().contains(Engine.PACT_JVM)) {
                    wrong.add(f.message() + " -> pact-jvm " + (jvm ? "accepts" : "rejects") + " it");
                }
                if (core == null || core != f.engines().contains(Engine.RUST_CORE)) {
                    wrong.add(f.message() + " -> the Rust core " + (core == null ? "has no verdict" : core ? "accepts" : "rejects"));
                }
                if (new ValueCheck(validator, r.schemaId()).firstError(f.path(), f.probe()) == null) {
                    wrong.add(f.message() + " -> the schema accepts it");
                }
            }
        }
        assertThat(findings).isGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }

    /** The date-time rules RunBody writes are among the cases, so both engines' verdicts on them are checked above. */
    @Test
    void the_date_time_rules_runbody_writes_let_no_impossible_date_through_in_either_engine() throws IOException {
        var pact = EngineOracle.JSON.readTree(PACTS.resolve("engines").resolve("v3-other-matchers-runflow.json").toFile());
        var rules = pact.at("/interactions/0/response/matchingRules/body/$.created_at/matchers");
        assertThat(rules.get(1).get("regex").asString()).isEqualTo(PortableRegex.dateTime(6));
        List<String> through = new ArrayList<>();
        for (Reviewed r : reviewed()) {
            for (LooseMatchers.Finding f : r.matchers().review(r.body())) {
                if (f.rules().size() == 2 && f.rules().get(1).equals(
                        new au.com.dius.pact.core.model.matchingrules.RegexMatcher(PortableRegex.dateTime(6)))) {
                    through.add(f.message());
                }
            }
        }
        Map<Case, Boolean> rust = EngineOracle.rustCore();
        long impossible = rust.keySet().stream().filter(c -> c.group().contains("timestamp") && c.group().contains("02-29")
                && c.value().matches("\"[0-9]{4}-(1[3-9]|02-3|04-31|..-..T2[4-9]).*")).count();
        assertThat(impossible).isGreaterThanOrEqualTo(4);
        rust.forEach((c, accepts) -> {
            if (c.group().contains("timestamp") && c.group().contains("02-29") && accepts) {
                assertThat(c.value()).as("a value both engines let through RunBody's date-time rules").isIn(
                        "\"2026-05-06T10:02:11.004118+00:00\"", "\"2025-04-02T16:05:44.502113Z\"",
                        "\"2025-12-31T23:59:09.000000+05:30\"");
            }
        });
        assertThat(through).isEmpty();
    }

    /**
     * A finding inside an arrayContains variant is judged on the member's own rules; here the whole
     * array, variant and all, goes through both engines: the number gets through in each.
     */
    @Test
    void a_number_gets_through_a_regex_inside_an_array_contains_variant_in_both_engines() {
        Case whole = new Case(WHOLE_ARRAY_CONTAINS, "[{\"cost\":\"0.0021\"}]", "[{\"cost\":1.5}]");
        Case string = new Case(WHOLE_ARRAY_CONTAINS, "[{\"cost\":\"0.0021\"}]", "[{\"cost\":\"x\"}]");

        assertThat(EngineOracle.pactJvmAccepts(whole)).isTrue();
        assertThat(EngineOracle.rustCore()).containsEntry(whole, true);
        assertThat(EngineOracle.pactJvmAccepts(string)).isFalse();
        assertThat(EngineOracle.rustCore()).containsEntry(string, false);
    }

    private static final String ARRAY_CONTAINS = "\"arrayContains\"";

    static final String WHOLE_ARRAY_CONTAINS = "{\"matchers\":[{\"match\":\"arrayContains\",\"variants\":[{\"index\":0,"
            + "\"rules\":{\"$.cost\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"^[0-9]+\\\\.[0-9]+$\"}],"
            + "\"combine\":\"AND\"}},\"generators\":{}}]}],\"combine\":\"AND\"}";

    /** The matcher kinds of a case's group, such as {@code regex+type} or {@code timestamp yyyy-MM-dd'T'HH:mm:ss.SSSXXX}. */
    private static String kind(Case c) {
        return c.rules().getRules().stream()
                .map(r -> r instanceof au.com.dius.pact.core.model.matchingrules.TimestampMatcher t ? "timestamp " + t.getFormat()
                        : r.getName())
                .distinct().collect(java.util.stream.Collectors.joining("+"));
    }

    private record Reviewed(String schemaId, LooseMatchers matchers, dev.runspec.shaded.jackson.databind.JsonNode body) {
    }

    private List<Reviewed> reviewed() {
        List<Reviewed> all = new ArrayList<>();
        for (Path file : pactFiles()) {
            for (PactChecker.Checked checked : checker.checked(file)) {
                var body = checked.skipped() == null ? checked.check().body(checked.body()) : null;
                if (body != null) {
                    all.add(new Reviewed(checked.check().schemaId(), checked.check().matchers(checked.rules(), checked.generators()), body));
                }
            }
        }
        return all;
    }

    private Set<Case> trials() {
        Set<Case> cases = new LinkedHashSet<>();
        for (Reviewed r : reviewed()) {
            r.matchers().trials(r.body()).forEach(t -> cases.add(Case.of(t)));
        }
        return cases;
    }

    static List<Path> pactFiles() {
        try (Stream<Path> files = Files.walk(PACTS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
