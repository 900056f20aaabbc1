package dev.runspec.spring;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/** RestClient and RestTemplate through {@link RunResponseClientInterceptor}, against a loopback provider. */
class RunResponseClientInterceptorTests {

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
    void a_drifted_run_fails_the_rest_client_call_with_every_violation_in_fail_mode(Route route) {
        RestClient http = restClient(RunResponseCheck.failing());
        URI drifted = provider.drifted(route);

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> http.get().uri(drifted).retrieve().body(byte[].class));

        assertThat(failure.getMessage()).startsWith(String.format("%nExpecting run response:%n  GET %s (HTTP 200)%n"
                + "to conform to schema:%n  \"%s\"%nbut found ", drifted, ServedRuns.schemaOf(route)));
        assertThat(failure.verdict().result().violations()).isNotEmpty()
                .allSatisfy(v -> assertThat(failure.getMessage()).contains("  " + v));
    }

    @Test
    void a_drifted_run_fails_the_rest_template_call_too() {
        RestTemplate template = new RestTemplate();
        template.getInterceptors().add(new RunResponseClientInterceptor(RunResponseCheck.failing()));

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> template.getForObject(provider.drifted(Route.RUNFLOW_V1), String.class));

        assertThat(failure.verdict().exchange().uri()).isEqualTo(provider.drifted(Route.RUNFLOW_V1));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_conforming_run_reaches_the_caller_byte_for_byte(Route route) {
        RestClient http = restClient(RunResponseCheck.builder().listener(verdicts::add).build());
        RestTemplate template = new RestTemplate();
        template.getInterceptors().add(new RunResponseClientInterceptor(RunResponseCheck.builder().listener(verdicts::add).build()));

        assertThat(http.get().uri(provider.conforming(route)).retrieve().body(byte[].class))
                .isEqualTo(ServedRuns.conformingBody(route));
        assertThat(template.getForObject(provider.conforming(route), byte[].class)).isEqualTo(ServedRuns.conformingBody(route));
        assertThat(verdicts).hasSize(2).allSatisfy(v -> assertThat(v.conforms()).isTrue());
    }

    @Test
    void a_drifted_run_goes_through_in_report_mode_and_its_verdict_is_recorded() {
        RestClient http = restClient(reporting(RunValidator.create()));

        byte[] body = http.get().uri(provider.drifted(Route.RUNFLOW_V1)).retrieve().body(byte[].class);

        assertThat(body).isEqualTo(ServedRuns.driftedBody(Route.RUNFLOW_V1));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().isValid()).isFalse());
    }

    @Test
    void responses_that_are_not_runs_are_left_alone() {
        RestClient http = restClient(RunResponseCheck.builder().listener(verdicts::add).build());

        String body = http.get().uri(provider.elsewhere()).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { })
                .body(String.class);

        assertThat(body).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(verdicts).isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_gets_its_verdict_and_still_reaches_the_caller_whole() {
        byte[] served = ServedRuns.conformingBody(Route.RUNFLOW_V1);
        RunValidator small = RunValidator.builder().limits(Limits.defaults().withMaxDocumentBytes(served.length - 1)).build();

        byte[] body = restClient(reporting(small)).get().uri(provider.conforming(Route.RUNFLOW_V1)).retrieve().body(byte[].class);

        assertThat(body).isEqualTo(served);
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().violations()).singleElement()
                .satisfies(violation -> assertThat(violation.rule()).isEqualTo(Rule.LIMIT_EXCEEDED)));
    }

    @Test
    void many_calls_in_parallel_through_one_interceptor_each_get_their_own_verdict_and_body() throws Exception {
        RestClient http = restClient(reporting(RunValidator.create()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                URI uri = i % 2 == 0 ? provider.conforming(Route.RUNFLOW_V1) : provider.drifted(Route.RUNFLOW_V1);
                calls.add(pool.submit(() -> http.get().uri(uri).retrieve().body(byte[].class)));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0
                        ? ServedRuns.conformingBody(Route.RUNFLOW_V1) : ServedRuns.driftedBody(Route.RUNFLOW_V1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(verdicts).hasSize(100);
        assertThat(verdicts.stream().filter(RunVerdict::conforms)).hasSize(50);
    }

    @Test
    void report_mode_counts_violations_in_micrometer() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            restClient(RunResponseCheck.reporting(verdicts::add)).get().uri(provider.drifted(Route.RUNFLOW_V1))
                    .retrieve().body(byte[].class);

            double counted = registry.find(MicrometerViolations.METER).tag("schema", "runflow-v1").counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            assertThat(counted).isEqualTo(verdicts.get(0).result().violations().size());
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    private RunResponseCheck reporting(RunValidator validator) {
        return RunResponseCheck.builder().mode(CheckMode.REPORT).validator(validator).listener(verdicts::add)
                .countInGlobalRegistry(false).build();
    }

    private static RestClient restClient(RunResponseCheck check) {
        return RestClient.builder().requestInterceptor(new RunResponseClientInterceptor(check)).build();
    }
}
