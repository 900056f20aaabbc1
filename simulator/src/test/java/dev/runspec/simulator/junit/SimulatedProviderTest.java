package dev.runspec.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.runspec.simulator.Simulator;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** @SimulatedProvider run by the real JUnit engine (EngineTestKit). */
class SimulatedProviderTest {

    static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();

    @Test
    void a_class_gets_one_simulator_as_parameter_and_field_and_it_is_closed_after_the_class() {
        PORTS.clear();
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PollsTheSimulator.class)).execute()
                .testEvents();
        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(PORTS).hasSize(1);
        int port = PORTS.iterator().next();
        assertThat(connects(port)).as("still listening on %d after the class", port).isFalse();
    }

    @Test
    void classes_in_parallel_each_get_their_own_simulator() {
        PORTS.clear();
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(PollsTheSimulator.class), selectClass(AlsoPolls.class), selectClass(ComfyDeployToo.class))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(6).succeeded(6));
        assertThat(PORTS).hasSize(3);
    }

    @Test
    void an_unknown_api_fails_the_class_with_one_line() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnknownApi.class)).execute().containerEvents()
                .assertThatEvents().haveExactly(1, event(finishedWithFailure(message(
                        "Configuration error: @SimulatedProvider on [" + UnknownApi.class.getName()
                                + "]: unknown api 'runflow-v2'; the simulator serves comfydeploy-v1, comfydeploy-v2 and runflow-v1"))));
    }

    @Test
    void scripts_come_from_a_class_path_resource() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithScripts.class)).execute().testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    private static boolean connects(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static void pollToTheEnd(Simulator simulator, String createPath, String getPrefix) throws Exception {
        PORTS.add(simulator.port());
        HttpClient http = HttpClient.newHttpClient();
        String created = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + createPath))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String id = created.replaceAll("(?s)^\\{\"(?:run_)?id\":\"([^\"]+)\".*$", "$1");
        for (int i = 0; i < 50 && !simulator.run(id).isFinished(); i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + getPrefix + id))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            simulator.clock().advance(Duration.ofSeconds(2));
        }
        assertThat(simulator.run(id).isFinished()).isTrue();
    }

    @SimulatedProvider(api = "runflow-v1", seed = 4)
    @Execution(ExecutionMode.CONCURRENT)
    static class PollsTheSimulator {

        Simulator field;

        @Test
        void as_a_parameter(Simulator simulator) throws Exception {
            assertThat(simulator).isSameAs(field);
            pollToTheEnd(simulator, "/v1/models/acme/upscale/runs", "/v1/runs/");
        }

        @Test
        void as_a_field() throws Exception {
            pollToTheEnd(field, "/v1/models/acme/upscale/runs", "/v1/runs/");
        }
    }

    @SimulatedProvider(api = "runflow-v1", seed = 4)
    static class AlsoPolls {

        static Simulator shared;

        @AfterAll
        static void stillOpen() {
            assertThat(shared.runs()).hasSize(2);
        }

        @Test
        void once(Simulator simulator) throws Exception {
            assertThat(simulator).isSameAs(shared);
            pollToTheEnd(simulator, "/v1/models/acme/upscale/runs", "/v1/runs/");
        }

        @Test
        void twice(Simulator simulator) throws Exception {
            pollToTheEnd(simulator, "/v1/models/acme/upscale/runs", "/v1/runs/");
        }
    }

    @SimulatedProvider(api = "comfydeploy-v2")
    static class ComfyDeployToo {

        @Test
        void once(Simulator simulator) throws Exception {
            pollToTheEnd(simulator, "/run/deployment/queue", "/run/");
        }

        @Test
        void twice(Simulator simulator) throws Exception {
            pollToTheEnd(simulator, "/run/deployment/queue", "/run/");
        }
    }

    @SimulatedProvider(api = "runflow-v1", scripts = "classpath:quick-scripts.yaml")
    static class WithScripts {

        @Test
        void the_quick_script_is_there(Simulator simulator) {
            assertThat(simulator.scriptNames()).endsWith("quick");
            assertThat(simulator.createRun("quick").script().steps()).hasSize(3);
        }
    }

    @SimulatedProvider(api = "runflow-v2")
    static class UnknownApi {

        @Test
        void never_runs() {
        }
    }
}
