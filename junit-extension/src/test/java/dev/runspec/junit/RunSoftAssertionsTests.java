package dev.runspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The run assertions inside AssertJ's soft assertions: every failure collected, none thrown on the spot. */
class RunSoftAssertionsTests {

    static final String QUEUED = Recordings.text("runflow-v1/queued.json");
    static final String DRIFTED = Recordings.text("runflow-v1/drifted.json");
    static final String DRIFTED_V2 = Recordings.text("comfydeploy-v2/drifted.json");

    @Test
    void collects_every_failed_assertion_and_reports_them_together() {
        RunSoftAssertions softly = new RunSoftAssertions();

        softly.assertThatRun(DRIFTED).conformsTo("runflow-v1").hasNoWarnings();
        softly.assertThatRun(QUEUED).conformsTo("runflow-v1").hasNoWarnings();
        softly.assertThatRun(DRIFTED_V2).conformsTo("comfydeploy-v2");
        softly.assertThat(QUEUED).contains("status_code");

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                first -> assertThat(first).contains("to conform to schema:%n  \"runflow-v1\"%n".formatted()),
                second -> assertThat(second).contains("to have no warnings against schema:"),
                third -> assertThat(third).contains("to conform to schema:%n  \"comfydeploy-v2\"%n".formatted()));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(softly::assertAll)
                .withMessageContaining("Multiple Failures (3 failures)");
    }

    @Test
    void navigation_into_the_violations_is_soft_too() {
        RunSoftAssertions softly = new RunSoftAssertions();

        softly.assertThatRun(DRIFTED).usingSchema("runflow-v1").violations().hasSize(5).isEmpty();
        softly.assertThatRun(DRIFTED).usingSchema("runflow-v1").hasViolation("/cost", "pattern");

        assertThat(softly.errorsCollected()).hasSize(2).allSatisfy(error -> assertThat(error)
                .hasMessageStartingWith("[violations of { \"id\": \"0196f1d2-7a3b-7c41-9e2d-5b8f0a1c3d4e\""));
    }

    @Test
    void works_with_assert_softly_and_with_assertj_s_soft_assertions_extension() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> SoftAssertionsProvider.assertSoftly(RunSoftAssertions.class, softly -> {
                    softly.assertThatRun(DRIFTED).conformsTo("runflow-v1");
                    softly.assertThatRun(DRIFTED_V2).conformsTo("comfydeploy-v2");
                }))
                .withMessageContaining("Multiple Failures (2 failures)");

        ExampleRun run = ExampleRun.of(InjectedSoftAssertions.class);

        assertThat(run.passed()).containsExactly("checks_a_conforming_run");
        assertThat(run.failures().get("checks_two_drifted_runs"))
                .contains("Multiple Failures (2 failures)")
                .contains(Recordings.violationLine("runflow-v1", "runflow-v1/drifted.json", "/cost"))
                .contains(Recordings.violationLine("comfydeploy-v2", "comfydeploy-v2/drifted.json", "/progress"));
    }

    @ExtendWith(SoftAssertionsExtension.class)
    static class InjectedSoftAssertions {

        @InjectSoftAssertions
        RunSoftAssertions softly;

        @Test
        void checks_a_conforming_run() {
            softly.assertThatRun(QUEUED).conformsToDetectedSchema().hasNoWarnings();
        }

        @Test
        void checks_two_drifted_runs() {
            softly.assertThatRun(DRIFTED).conformsToDetectedSchema();
            softly.assertThatRun(DRIFTED_V2).conformsToDetectedSchema();
        }
    }
}
