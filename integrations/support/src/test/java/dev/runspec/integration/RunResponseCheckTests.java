package dev.runspec.integration;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.runspec.core.FailOn;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.ValidationResult;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RunResponseCheckTests {

    private static final RunExchange RUNFLOW = new RunExchange("GET", URI.create("http://127.0.0.1:9/v1/runs/drifted"), 200);
    private final byte[] drifted = ServedRuns.driftedBody(Route.RUNFLOW_V1);
    private final byte[] conforming = ServedRuns.conformingBody(Route.RUNFLOW_V1);

    @Test
    void fail_mode_fails_with_every_violation_in_the_words_of_validate_run_response() {
        ValidationResult expected = RunValidator.create().validate("runflow-v1", drifted);

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> RunResponseCheck.failing().check(RUNFLOW, "runflow-v1", drifted));

        assertThat(expected.violations()).hasSizeGreaterThan(1);
        assertThat(failure.getMessage()).startsWith(String.format(
                "%nExpecting run response:%n  GET http://127.0.0.1:9/v1/runs/drifted (HTTP 200)%n"
                        + "to conform to schema:%n  \"runflow-v1\"%nbut found "));
        expected.violations().forEach(v -> assertThat(failure.getMessage()).contains("  " + v));
        assertThat(failure.verdict().result().violations()).isEqualTo(expected.violations());
    }

    @Test
    void a_conforming_body_passes_in_fail_mode() {
        RunVerdict verdict = RunResponseCheck.failing().check(RUNFLOW, "runflow-v1", conforming);

        assertThat(verdict.conforms()).isTrue();
        assertThat(verdict.result().document()).isEmpty();
    }

    @Test
    void report_mode_hands_the_verdict_to_the_listener_and_never_throws() {
        List<RunVerdict> verdicts = new CopyOnWriteArrayList<>();
        RunResponseCheck check = RunResponseCheck.builder().mode(CheckMode.REPORT).listener(verdicts::add)
                .countInGlobalRegistry(false).build();

        RunVerdict verdict = check.check(RUNFLOW, "runflow-v1", drifted);

        assertThat(verdicts).containsExactly(verdict);
        assertThat(verdict.result().isValid()).isFalse();
        assertThat(verdict.exchange()).isEqualTo(RUNFLOW);
    }

    @Test
    void a_failing_listener_never_breaks_the_call() {
        RunResponseCheck check = RunResponseCheck.builder().mode(CheckMode.REPORT)
                .listener(v -> {
                    throw new IllegalStateException("listener bug");
                })
                .countInGlobalRegistry(false).build();

        assertThat(check.check(RUNFLOW, "runflow-v1", drifted).conforms()).isFalse();
    }

    @Test
    void fail_on_warning_fails_on_what_error_lets_through() {
        byte[] withNewField = new String(conforming, UTF_8).replaceFirst("\\{", "{\"brand_new_field\":1,").getBytes(UTF_8);
        RunResponseCheck warnings = RunResponseCheck.builder().failOn(FailOn.WARNING).build();

        RunVerdict passed = RunResponseCheck.failing().check(RUNFLOW, "runflow-v1", withNewField);

        assertThat(passed.result().violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY));
        assertThatThrownBy(() -> warnings.check(RUNFLOW, "runflow-v1", withNewField))
                .isInstanceOf(RunResponseAssertionError.class)
                .hasMessageContaining(String.format("\"runflow-v1\"%nwith no errors or warnings%nbut found 1 warning:%n"))
                .hasMessageContaining("/brand_new_field");
    }

    @Test
    void a_body_over_the_size_limit_gets_a_clear_verdict_of_its_own() {
        RunValidator small = RunValidator.builder().limits(Limits.defaults().withMaxDocumentBytes(100)).build();
        RunResponseCheck check = RunResponseCheck.builder().validator(small).build();

        assertThat(check.maxBodyBytes()).isEqualTo(100);
        assertThatThrownBy(() -> check.checkTooLarge(RUNFLOW, "runflow-v1", -1))
                .hasMessageContaining("(document): the document is more than the max-document-size limit of 100 bytes")
                .hasMessageContaining("[limit-exceeded]");
        RunResponseAssertionError known = catchThrowableOfType(RunResponseAssertionError.class,
                () -> check.checkTooLarge(RUNFLOW, "runflow-v1", 8173));
        assertThat(known.verdict().result().violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED))
                .satisfies(v -> assertThat(v.message()).startsWith("the document is 8173 bytes, more than"));
    }

    @Test
    void an_endpoint_naming_an_unknown_schema_is_refused_when_the_check_is_built() {
        assertThatThrownBy(() -> RunResponseCheck.builder()
                .endpoints(RunEndpoints.none().with("/runs/{id}", "runflow-v9")).build())
                .isInstanceOf(UnknownSchemaException.class)
                .hasMessageContaining("runflow-v9");
    }

    @Test
    void auto_names_the_schema_it_detected() {
        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> RunResponseCheck.failing().check(RUNFLOW, "auto", drifted));

        assertThat(failure.getMessage()).contains(String.format("to conform to schema:%n  \"runflow-v1\" (detected by shape)"));
    }
}
