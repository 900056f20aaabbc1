package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.core.RunValidator;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per fault kind, seen from a real HTTP client (java.net.http) or a raw socket. */
class FaultsTest {

    @Test
    void a_429_carries_retry_after() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").faults("429,retry-after=3"))) {
            String id = Http.create(simulator);
            HttpResponse<String> response = Http.get(Http.runUri(simulator, id));
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
            assertThat(simulator.requests()).last().extracting(ReceivedRequest::fault).isEqualTo("429");
        }
    }

    @Test
    void a_server_error_at_a_step_hits_the_first_poll_there_only() throws Exception {
        for (int status : new int[] {500, 502, 503}) {
            try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2").faults(status + "@step1"))) {
                String id = Http.create(simulator);
                assertThat(Http.get(Http.runUri(simulator, id)).statusCode()).isEqualTo(status);
                assertThat(Http.get(Http.runUri(simulator, id)).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_fault_at_create_creates_no_run() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v1").faults("502@create"))) {
            HttpResponse<String> response = Http.post(Http.createUri(simulator), "{}");
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(simulator.runs()).isEmpty();
            assertThat(simulator.requests()).extracting(ReceivedRequest::fault).containsExactly("502");
        }
    }

    @Test
    void a_rate_hits_about_that_share_of_polls() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").seed(5).faults("503:0.25"))) {
            String id = Http.create(simulator);
            int hits = 0;
            for (int i = 0; i < 400; i++) {
                hits += Http.get(Http.runUri(simulator, id)).statusCode() == 503 ? 1 : 0;
            }
            assertThat(hits).isBetween(70, 130);
        }
    }

    @Test
    void reset_is_a_tcp_reset() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").faults("reset"))) {
            SimulatedRun run = simulator.createRun("succeeded");
            assertThatThrownBy(() -> rawGet(simulator, run.id())).isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
            assertThatThrownBy(() -> Http.get(Http.runUri(simulator, run.id()))).isInstanceOf(IOException.class);
            assertThat(simulator.requests()).extracting(ReceivedRequest::fault).containsOnly("reset");
            assertThat(simulator.requests()).extracting(ReceivedRequest::status).containsOnly(-1);
        }
    }

    @Test
    void empty_closes_the_connection_without_a_response() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").faults("empty@step1"))) {
            SimulatedRun run = simulator.createRun("succeeded");
            assertThat(rawGet(simulator, run.id())).isEmpty();
            assertThat(rawGet(simulator, run.id())).asString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200 OK");
            assertThat(simulator.requests()).extracting(ReceivedRequest::fault).containsExactly("empty", "");
        }
    }

    /** What a raw socket reads after one GET with Connection: close. */
    private static byte[] rawGet(Simulator simulator, String id) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/runs/" + id + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }

    // The latency a poll gains: polls of a simulator with the fault and of one without, alternated so
    // that both see the same load on the machine, and the median of the paired differences.

    @Test
    void fixed_latency_holds_each_response_back_that_long_at_the_median() throws Exception {
        assertThat(medianAddedMillis("latency=400ms", 11)).isBetween(340.0, 460.0);
    }

    @Test
    void long_tailed_latency_has_the_setting_as_its_median() throws Exception {
        assertThat(medianAddedMillis("latency=200ms~0.5", 31)).isBetween(170.0, 230.0);
    }

    private static double medianAddedMillis(String faults, int polls) throws Exception {
        try (Simulator slow = Simulator.start(SimulatorOptions.api("runflow-v1").seed(11).faults(faults));
                Simulator plain = Simulator.start(SimulatorOptions.api("runflow-v1").seed(11))) {
            String slowId = Http.create(slow);
            String plainId = Http.create(plain);
            Http.get(Http.runUri(slow, slowId));
            Http.get(Http.runUri(plain, plainId));
            List<Double> added = new ArrayList<>();
            for (int i = 0; i < polls; i++) {
                added.add(millisOf(Http.runUri(slow, slowId)) - millisOf(Http.runUri(plain, plainId)));
            }
            Collections.sort(added);
            return added.get(polls / 2);
        }
    }

    private static double millisOf(java.net.URI uri) throws Exception {
        long start = System.nanoTime();
        assertThat(Http.get(uri).statusCode()).isEqualTo(200);
        return (System.nanoTime() - start) / 1e6;
    }

    @Test
    void a_drift_serves_the_near_miss_with_exactly_its_violations() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("comfydeploy-v2")
                .faults("drift=renamed-status-member@step1"))) {
            String id = Http.create(simulator);
            String drifted = Http.get(Http.runUri(simulator, id)).body();
            List<String> rules = RunValidator.create().validate("comfydeploy-v2", drifted).violations().stream()
                    .map(Violation::rule).map(dev.runspec.core.Rule::id).toList();
            assertThat(rules).containsExactlyInAnyOrder("required", "unknown-property");
            String next = Http.get(Http.runUri(simulator, id)).body();
            assertThat(RunValidator.create().validate("comfydeploy-v2", next).violations()).isEmpty();
        }
    }

    @Test
    void a_bad_fault_spec_or_an_unknown_drift_is_one_line_at_start() {
        assertThatThrownBy(() -> Simulator.start(SimulatorOptions.api("runflow-v1").faults("404:0.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fault '404:0.1': '404' is not a fault")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Simulator.start(SimulatorOptions.api("runflow-v1").faults("drift=renamed-status")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown drift 'renamed-status' for runflow-v1; known drifts: ");
    }
}
