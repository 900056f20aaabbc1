package dev.runspec.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.integration.CheckMode;
import dev.runspec.integration.MicrometerViolations;
import dev.runspec.integration.RunResponseAssertionError;
import dev.runspec.integration.RunResponseCheck;
import dev.runspec.integration.RunVerdict;
import dev.runspec.integration.ServedRuns;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunResponseInterceptorTests {

    private static ServedRuns provider;
    private final List<RunVerdict> verdicts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startProvider() throws IOException {
        provider = ServedRuns.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_drifted_run_fails_the_call_with_every_violation_in_fail_mode(Route route) {
        OkHttpClient http = client(RunResponseCheck.failing());
        URI drifted = provider.drifted(route);

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class, () -> get(http, drifted));

        assertThat(failure.getMessage()).startsWith(String.format("%nExpecting run response:%n  GET %s (HTTP 200)%n"
                + "to conform to schema:%n  \"%s\"%nbut found ", drifted, ServedRuns.schemaOf(route)));
        assertThat(failure.verdict().result().violations()).isNotEmpty()
                .allSatisfy(v -> assertThat(failure.getMessage()).contains("  " + v));
        close(http);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_conforming_run_reaches_the_caller_byte_for_byte(Route route) throws IOException {
        OkHttpClient http = client(RunResponseCheck.builder().listener(verdicts::add).build());

        assertThat(get(http, provider.conforming(route))).isEqualTo(ServedRuns.conformingBody(route));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.conforms()).isTrue());
        close(http);
    }

    @Test
    void a_drifted_run_goes_through_in_report_mode_and_its_verdict_is_recorded() throws IOException {
        OkHttpClient http = client(reporting(RunValidator.create()));

        byte[] body = get(http, provider.drifted(Route.RUNFLOW_V1));

        assertThat(body).isEqualTo(ServedRuns.driftedBody(Route.RUNFLOW_V1));
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.exchange().uri()).isEqualTo(provider.drifted(Route.RUNFLOW_V1));
            assertThat(v.result().isValid()).isFalse();
        });
        close(http);
    }

    @Test
    void responses_that_are_not_runs_are_left_alone() throws IOException {
        OkHttpClient http = client(RunResponseCheck.builder().listener(verdicts::add).build());

        try (Response response = http.newCall(new Request.Builder().url(provider.elsewhere().toString()).build()).execute()) {
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).isEqualTo("{\"detail\":\"Not Found\"}");
        }
        assertThat(verdicts).isEmpty();
        close(http);
    }

    @Test
    void a_body_over_the_size_limit_gets_its_verdict_and_still_reaches_the_caller_whole() throws IOException {
        byte[] served = ServedRuns.conformingBody(Route.RUNFLOW_V1);
        RunValidator small = RunValidator.builder().limits(Limits.defaults().withMaxDocumentBytes(served.length - 1)).build();
        OkHttpClient reporting = client(reporting(small));
        OkHttpClient failing = client(RunResponseCheck.builder().validator(small).build());

        assertThat(get(reporting, provider.conforming(Route.RUNFLOW_V1))).isEqualTo(served);
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().violations()).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
                    assertThat(violation.message()).startsWith("the document is " + served.length + " bytes, more than "
                            + "the max-document-size limit of " + (served.length - 1) + " bytes");
                }));
        assertThat(catchThrowableOfType(RunResponseAssertionError.class, () -> get(failing, provider.conforming(Route.RUNFLOW_V1))))
                .hasMessageContaining("[limit-exceeded]");
        close(reporting);
        close(failing);
    }

    @Test
    void many_calls_in_parallel_through_one_interceptor_each_get_their_own_verdict_and_body() throws Exception {
        OkHttpClient http = client(reporting(RunValidator.create()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                URI uri = i % 2 == 0 ? provider.conforming(Route.COMFYDEPLOY_V2) : provider.drifted(Route.COMFYDEPLOY_V2);
                calls.add(pool.submit(() -> get(http, uri)));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0
                        ? ServedRuns.conformingBody(Route.COMFYDEPLOY_V2) : ServedRuns.driftedBody(Route.COMFYDEPLOY_V2));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(verdicts).hasSize(200);
        assertThat(verdicts.stream().filter(RunVerdict::conforms)).hasSize(100);
        assertThat(verdicts.stream().filter(v -> !v.conforms()).map(v -> v.exchange().uri()))
                .containsOnly(provider.drifted(Route.COMFYDEPLOY_V2));
        close(http);
    }

    @Test
    void report_mode_counts_violations_in_micrometer() throws IOException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            OkHttpClient http = client(RunResponseCheck.reporting(verdicts::add));

            get(http, provider.drifted(Route.RUNFLOW_V1));
            get(http, provider.conforming(Route.RUNFLOW_V1));

            double counted = registry.find(MicrometerViolations.METER).tag("schema", "runflow-v1").counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            assertThat(counted).isEqualTo(verdicts.get(0).result().violations().size());
            close(http);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    private RunResponseCheck reporting(RunValidator validator) {
        return RunResponseCheck.builder().mode(CheckMode.REPORT).validator(validator).listener(verdicts::add)
                .countInGlobalRegistry(false).build();
    }

    private static OkHttpClient client(RunResponseCheck check) {
        return new OkHttpClient.Builder().addInterceptor(new RunResponseInterceptor(check)).build();
    }

    private static byte[] get(OkHttpClient http, URI uri) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
            return response.body().bytes();
        }
    }

    private static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
