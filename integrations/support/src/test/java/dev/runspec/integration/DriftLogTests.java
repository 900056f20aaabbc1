package dev.runspec.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.FakeProvider.Route;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DriftLogTests {

    private final CapturingLogger log = new CapturingLogger();
    private final AtomicLong clock = new AtomicLong();
    private final RunResponseCheck check = RunResponseCheck.builder().mode(CheckMode.REPORT)
            .logInterval(Duration.ofMinutes(1)).logTo(log, clock::get).countInGlobalRegistry(false).build();
    private final byte[] drifted = ServedRuns.driftedBody(Route.RUNFLOW_V1);

    @Test
    void each_schema_pointer_and_rule_is_logged_once_per_interval() {
        RunVerdict first = check.check(exchange("a"), "runflow-v1", drifted);
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        check.check(exchange("b"), "runflow-v1", drifted);

        assertThat(log.records).hasSize(1);
        assertThat(log.records.get(0)).startsWith("WARNING runspec: GET http://127.0.0.1:9/v1/runs/a (HTTP 200) does not "
                + "conform to schema \"runflow-v1\" (each schema, pointer and rule is logged once per PT1M):");
        first.result().violations().forEach(v -> assertThat(log.records.get(0)).contains("  " + v));

        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        check.check(exchange("c"), "runflow-v1", drifted);

        assertThat(log.records).hasSize(2);
        assertThat(log.records.get(1)).contains("/v1/runs/c");
    }

    @Test
    void a_new_pointer_is_logged_within_the_interval_and_alone() {
        check.check(exchange("a"), "runflow-v1", "{\"id\":1}".getBytes());
        check.check(exchange("b"), "runflow-v1", "{\"id\":1,\"status_code\":2}".getBytes());

        assertThat(log.records).hasSize(2);
        assertThat(log.records.get(1)).contains("/status_code").doesNotContain("/id:");
    }

    @Test
    void conforming_runs_are_not_logged() {
        check.check(exchange("a"), "runflow-v1", ServedRuns.conformingBody(Route.RUNFLOW_V1));

        assertThat(log.records).isEmpty();
    }

    private static RunExchange exchange(String id) {
        return new RunExchange("GET", URI.create("http://127.0.0.1:9/v1/runs/" + id), 200);
    }
}
