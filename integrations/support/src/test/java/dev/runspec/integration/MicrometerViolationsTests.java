package dev.runspec.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.Violation;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MicrometerViolationsTests {

    private static final RunExchange RUNFLOW = new RunExchange("GET", URI.create("http://127.0.0.1:9/v1/runs/drifted"), 200);
    private final byte[] drifted = ServedRuns.driftedBody(Route.RUNFLOW_V1);

    @Test
    void report_mode_counts_each_violation_by_schema_and_rule_in_the_global_registry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            RunVerdict verdict = RunResponseCheck.reporting(v -> { }).check(RUNFLOW, "runflow-v1", drifted);
            RunResponseCheck.reporting(v -> { }).check(RUNFLOW, "runflow-v1", drifted);

            for (Violation violation : verdict.result().violations()) {
                long sameKind = verdict.result().violations().stream()
                        .filter(v -> v.rule() == violation.rule() && v.severity() == violation.severity()).count();
                assertThat(registry.get(MicrometerViolations.METER).tag("schema", "runflow-v1")
                        .tag("rule", violation.rule().id()).tag("severity", violation.severity().id()).counter().count())
                        .isEqualTo(2.0 * sameKind);
            }
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void a_listener_counts_into_a_registry_of_its_own_and_fail_mode_counts_nothing_unasked() {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        SimpleMeterRegistry global = new SimpleMeterRegistry();
        Metrics.addRegistry(global);
        try {
            RunResponseCheck.builder().mode(CheckMode.REPORT).countInGlobalRegistry(false)
                    .listener(MicrometerViolations.countIn(own)).build()
                    .check(RUNFLOW, "runflow-v1", drifted);
            try {
                RunResponseCheck.failing().check(RUNFLOW, "runflow-v1", drifted);
            } catch (RunResponseAssertionError expected) {
                // fail mode: the call fails, nothing is counted
            }

            assertThat(own.find(MicrometerViolations.METER).counters()).isNotEmpty();
            assertThat(global.find(MicrometerViolations.METER).counters()).isEmpty();
        } finally {
            Metrics.removeRegistry(global);
        }
    }
}
