package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.runspec.core.RunValidator;
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
    void the_model_agrees_with_pact_jvm_matching_on_every_case() {
        Set<Case> cases = new LinkedHashSet<>(EngineOracle.rustCore().keySet());
        cases.addAll(trials());
        cases.removeIf(c -> c.group().contains(ARRAY_CONTAINS));
        List<String> disagreements = new ArrayList<>();
        for (Case c : cases) {
            boolean accepts = EngineOracle.pactJvmAccepts(c);
            if (c.modelAccepts(Engine.PACT_JVM) != accepts) {
                disagreements.add(c.line() + " -> pact-jvm " + (accepts ? "accepts" : "rejects"));
            }
        }
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
