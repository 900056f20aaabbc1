package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The virtual clock: manual by default, scaled from wall time with a speed. */
class ClockTest {

    @Test
    void a_manual_clock_stands_still_until_advanced() throws Exception {
        Instant start = Instant.parse("2030-02-03T04:05:06Z");
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").startAt(start))) {
            SimulatedRun run = simulator.createRun("succeeded");
            Thread.sleep(50);
            assertThat(simulator.clock().now()).isEqualTo(start);
            assertThat(Http.get(Http.runUri(simulator, run.id())).body()).contains("\"created_at\":\"2030-02-03T04:05:06.000000+00:00\"");
            simulator.clock().advance(Duration.ofSeconds(90));
            assertThat(simulator.clock().now()).isEqualTo(start.plusSeconds(90));
            assertThat(run.isFinished()).isTrue();
            assertThatThrownBy(() -> simulator.clock().advance(Duration.ofSeconds(-1)))
                    .hasMessage("the clock only moves forward; cannot advance by PT-1S");
        }
    }

    @Test
    void a_scaled_clock_runs_a_script_at_speed() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").speed(600))) {
            SimulatedRun run = simulator.createRun("success");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!run.isFinished() && System.nanoTime() < deadline) {
                Http.get(Http.runUri(simulator, run.id()));
                Thread.sleep(10);
            }
            assertThat(run.isFinished()).isTrue();
            assertThat(simulator.clock().speed()).isEqualTo(600);
        }
    }

    @Test
    void requests_are_recorded_with_their_headers_and_the_status_served() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v1"))) {
            String id = Http.create(simulator, "Authorization", "Bearer test-key");
            Http.get(Http.runUri(simulator, id));
            Http.get(Http.runUri(simulator, "0d3a1c4e-0000-4000-8000-000000000000"));
            assertThat(simulator.requests()).extracting(ReceivedRequest::line).containsExactly(
                    "POST /api/run 200", "GET /api/run?run_id=" + id + " 200",
                    "GET /api/run?run_id=0d3a1c4e-0000-4000-8000-000000000000 404");
            assertThat(simulator.requests().get(0).headers()).containsEntry("authorization", java.util.List.of("Bearer test-key"));
            assertThat(simulator.requests().get(1).runId()).isEqualTo(id);
        }
    }
}
