package dev.runspec.restassured;

import static io.restassured.RestAssured.given;
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

class RunResponseFilterTests {

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
        RunResponseFilter filter = new RunResponseFilter(RunResponseCheck.failing());
        URI drifted = provider.drifted(route);

        RunResponseAssertionError failure = catchThrowableOfType(RunResponseAssertionError.class,
                () -> given().filter(filter).get(drifted));

        assertThat(failure.getMessage()).startsWith(String.format("%nExpecting run response:%n  GET %s (HTTP 200)%n"
                + "to conform to schema:%n  \"%s\"%nbut found ", drifted, ServedRuns.schemaOf(route)));
        assertThat(failure.verdict().result().violations()).isNotEmpty()
                .allSatisfy(v -> assertThat(failure.getMessage()).contains("  " + v));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_conforming_run_reaches_the_test_byte_for_byte(Route route) {
        RunResponseFilter filter = new RunResponseFilter(RunResponseCheck.builder().listener(verdicts::add).build());

        byte[] body = given().filter(filter).get(provider.conforming(route)).then().statusCode(200).extract().asByteArray();

        assertThat(body).isEqualTo(ServedRuns.conformingBody(route));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.conforms()).isTrue());
    }

    @Test
    void a_drifted_run_goes_through_in_report_mode_and_its_verdict_is_recorded() {
        RunResponseFilter filter = new RunResponseFilter(reporting(RunValidator.create()));

        byte[] body = given().filter(filter).get(provider.drifted(Route.RUNFLOW_V1)).asByteArray();

        assertThat(body).isEqualTo(ServedRuns.driftedBody(Route.RUNFLOW_V1));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().isValid()).isFalse());
    }

    @Test
    void responses_that_are_not_runs_are_left_alone() {
        RunResponseFilter filter = new RunResponseFilter(RunResponseCheck.builder().listener(verdicts::add).build());

        given().filter(filter).get(provider.elsewhere()).then().statusCode(404);

        assertThat(verdicts).isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_gets_its_verdict_and_still_reaches_the_test_whole() {
        byte[] served = ServedRuns.conformingBody(Route.RUNFLOW_V1);
        RunValidator small = RunValidator.builder().limits(Limits.defaults().withMaxDocumentBytes(served.length - 1)).build();

        byte[] body = given().filter(new RunResponseFilter(reporting(small))).get(provider.conforming(Route.RUNFLOW_V1)).asByteArray();

        assertThat(body).isEqualTo(served);
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().violations()).singleElement()
                .satisfies(violation -> assertThat(violation.rule()).isEqualTo(Rule.LIMIT_EXCEEDED)));
    }

    @Test
    void many_calls_in_parallel_through_one_filter_each_get_their_own_verdict_and_body() throws Exception {
        RunResponseFilter filter = new RunResponseFilter(reporting(RunValidator.create()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                URI uri = i % 2 == 0 ? provider.conforming(Route.COMFYDEPLOY_V1) : provider.drifted(Route.COMFYDEPLOY_V1);
                calls.add(pool.submit(() -> given().filter(filter).get(uri).asByteArray()));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0
                        ? ServedRuns.conformingBody(Route.COMFYDEPLOY_V1) : ServedRuns.driftedBody(Route.COMFYDEPLOY_V1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(verdicts).hasSize(64);
        assertThat(verdicts.stream().filter(RunVerdict::conforms)).hasSize(32);
    }

    @Test
    void report_mode_counts_violations_in_micrometer() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            RunResponseFilter filter = new RunResponseFilter(RunResponseCheck.reporting(verdicts::add));

            given().filter(filter).get(provider.drifted(Route.RUNFLOW_V1));

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
}
