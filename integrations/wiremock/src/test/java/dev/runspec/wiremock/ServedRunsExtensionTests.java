package dev.runspec.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** ServedRunsExtension on the real JUnit engine: a test whose WireMock served a drifted run fails with every violation. */
class ServedRunsExtensionTests {

    @Test
    void a_test_served_a_drifted_run_fails_and_one_served_a_conforming_run_passes() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ClientTests.class)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("fetches_a_drifted_run"), finishedWithFailure(
                message(m -> m.contains("Expecting every run response WireMock served to conform to its schema")
                        && m.contains("but 1 of 1 did not:")
                        && m.contains("response 1: GET /v1/runs/drifted (HTTP 200), against runflow-v1, 1 error:")
                        && m.contains("9:18: /status_code: status_code is \"done\"; expected one of queued")))));
    }

    @Test
    void in_report_mode_no_test_fails() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ReportingClientTests.class)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        assertThat(ReportingClientTests.runspec.verdicts()).singleElement()
                .satisfies(v -> assertThat(v.result().isValid()).isFalse());
    }

    static String fetch(WireMockExtension wireMock, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static void stubRuns(WireMockExtension wireMock) {
        wireMock.stubFor(get(urlPathTemplate("/v1/runs/{id}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Runs.QUEUED)));
        wireMock.stubFor(get("/v1/runs/drifted")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Runs.DRIFTED)));
    }

    static class ClientTests {

        static final RunspecWireMock runspec = RunspecWireMock.failing();

        @RegisterExtension
        static WireMockExtension wireMock = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(runspec)).build();

        @RegisterExtension
        static ServedRunsExtension servedRuns = new ServedRunsExtension(runspec);

        @Test
        void fetches_a_conforming_run() throws Exception {
            stubRuns(wireMock);
            assertThat(fetch(wireMock, "/v1/runs/1")).contains("\"queued\"");
        }

        @Test
        void fetches_a_drifted_run() throws Exception {
            stubRuns(wireMock);
            assertThat(fetch(wireMock, "/v1/runs/drifted")).contains("\"done\"");
        }

        @Test
        void fetches_nothing_that_is_a_run() throws Exception {
            stubRuns(wireMock);
            fetch(wireMock, "/health");
        }
    }

    static class ReportingClientTests {

        static final RunspecWireMock runspec = RunspecWireMock.builder().mode(Mode.REPORT).build();

        @RegisterExtension
        static WireMockExtension wireMock = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(runspec)).build();

        @RegisterExtension
        static ServedRunsExtension servedRuns = new ServedRunsExtension(runspec);

        @Test
        void fetches_a_drifted_run() throws Exception {
            stubRuns(wireMock);
            assertThat(fetch(wireMock, "/v1/runs/drifted")).contains("\"done\"");
        }
    }
}
