package dev.runspec.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seed and the same requests give byte-identical bodies in the same order. */
class DeterminismTest {

    @ParameterizedTest
    @ValueSource(strings = {"comfydeploy-v1", "comfydeploy-v2", "runflow-v1"})
    void two_simulators_with_the_same_seed_serve_the_same_bytes(String api) throws Exception {
        List<byte[]> first = served(api, 77);
        List<byte[]> second = served(api, 77);
        List<byte[]> other = served(api, 78);
        assertThat(first).hasSizeGreaterThan(50);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("body %d", i).isEqualTo(first.get(i));
        }
        assertThat(new String(other.get(0))).isNotEqualTo(new String(first.get(0)));
    }

    private static List<byte[]> served(String api, long seed) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        try (Simulator simulator = Simulator.start(SimulatorOptions.api(api).seed(seed))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(Http.create(simulator));
            }
            for (int round = 0; round < 12; round++) {
                for (String id : ids) {
                    bodies.add(Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(Http.runUri(simulator, id)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body());
                }
                simulator.clock().advance(Duration.ofSeconds(3));
            }
        }
        return bodies;
    }
}
