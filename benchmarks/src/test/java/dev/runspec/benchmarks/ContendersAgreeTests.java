package dev.runspec.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A speed comparison is honest only when every contender does the same job: on each benchmark
 * document, each one, set up exactly as the benchmarks set it up, reaches the verdict the document
 * is meant to get.
 */
class ContendersAgreeTests {

    @ParameterizedTest
    @EnumSource(Contenders.class)
    void every_contender_reaches_the_intended_verdict_on_every_document(Contenders kind) {
        for (Document document : Document.values()) {
            Contender contender = kind.create(document.schemaId());
            Object result = contender.validate(document.body());
            assertThat(contender.conforms(result))
                    .as("%s on %s: %s", kind, document, result)
                    .isEqualTo(document.conforming());
        }
    }

    /**
     * Each asserted kind of drift, one at a time, made in a conforming document, with the peers
     * known to let it pass (the benchmarks README lists them; this test notices when that changes).
     */
    private static final List<Drift> DRIFTS = List.of(
            new Drift(Document.RUNFLOW_V1_EVERY_EMBED, "a run id that is not hexadecimal",
                    "\"id\":\"0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a\"", "\"id\":\"0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1z\""),
            new Drift(Document.RUNFLOW_V1_EVERY_EMBED, "a run id one digit short",
                    "\"id\":\"0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a\"", "\"id\":\"0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1\"",
                    Contenders.REST_ASSURED, Contenders.ATLASSIAN),
            new Drift(Document.RUNFLOW_V1_EVERY_EMBED, "a cost that is not a decimal",
                    "\"cost\":\"0.0043\"", "\"cost\":\"0,0043\""),
            new Drift(Document.RUNFLOW_V1_EVERY_EMBED, "a status outside the closed set",
                    "\"status_code\":\"succeeded\"", "\"status_code\":\"done\""),
            new Drift(Document.COMFYDEPLOY_V2_SUCCESS, "a timestamp with a space for the T",
                    "\"created_at\":\"2025-04-02T16:05:44.502113Z\"", "\"created_at\":\"2025-04-02 16:05:44.502113Z\""),
            new Drift(Document.COMFYDEPLOY_V2_SUCCESS, "a timestamp without a time zone",
                    "\"created_at\":\"2025-04-02T16:05:44.502113Z\"", "\"created_at\":\"2025-04-02T16:05:44.502113\"",
                    Contenders.HARREL),
            new Drift(Document.COMFYDEPLOY_V2_SUCCESS, "a required member gone",
                    "\"gpu_event_id\":\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\",", ""),
            new Drift(Document.COMFYDEPLOY_V2_SUCCESS, "a nested null where text is required",
                    "\"filename\":\"ComfyUI_00001_.png\"", "\"filename\":null"));

    record Drift(Document document, String what, String from, String to, Set<Contenders> missedBy) {

        Drift(Document document, String what, String from, String to, Contenders... missedBy) {
            this(document, what, from, to, missedBy.length == 0 ? EnumSet.noneOf(Contenders.class) : EnumSet.copyOf(List.of(missedBy)));
        }

        Body body() {
            String text = document.body().text();
            assertThat(text).as("%s: the conforming text to change", what).contains(from);
            return Body.of(text.replace(from, to), document.body().requestPath());
        }
    }

    @ParameterizedTest
    @EnumSource(Contenders.class)
    void every_contender_catches_each_kind_of_drift_alone_except_its_known_gaps(Contenders kind) {
        for (Drift drift : DRIFTS) {
            Contender contender = kind.create(drift.document().schemaId());
            Object result = contender.validate(drift.body());
            assertThat(contender.conforms(result))
                    .as("%s on %s (%s)", kind, drift.what(), drift.missedBy().contains(kind) ? "a known gap" : "caught")
                    .isEqualTo(drift.missedBy().contains(kind));
        }
    }

    @Test
    void conforming_documents_draw_no_violation_at_all_from_runspec() {
        for (Document document : Document.values()) {
            if (document.conforming()) {
                ValidationResult result = new RunspecCore(document.schemaId()).validate(document.body());
                assertThat(result.violations()).as(document.name()).isEmpty();
            }
        }
    }

    @Test
    void the_drifted_document_breaks_several_rules_each_placed_in_the_text() {
        ValidationResult result = new RunspecCore(Document.COMFYDEPLOY_V2_DRIFTED.schemaId())
                .validate(Document.COMFYDEPLOY_V2_DRIFTED.body());
        Set<Rule> rules = result.violations().stream().map(Violation::rule).collect(Collectors.toSet());
        assertThat(rules).containsAll(Set.of(Rule.REQUIRED, Rule.FORMAT, Rule.TYPE, Rule.NULL,
                Rule.UNKNOWN_VALUE, Rule.UNKNOWN_PROPERTY));
        assertThat(result.count(Severity.ERROR)).isGreaterThanOrEqualTo(6);
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.column()).isPositive());
    }

    @Test
    void the_jackson_limits_read_every_document() {
        JacksonLimit limit = new JacksonLimit();
        for (Document document : Document.values()) {
            assertThat(limit.tree(document.body()).isObject()).isTrue();
            assertThat(limit.stream(document.body())).isPositive();
        }
    }
}
