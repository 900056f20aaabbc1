package dev.runspec.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;

/** WebClient through {@link RunResponseExchangeFilter}, against a loopback provider. */
class RunResponseExchangeFilterTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
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
    void a_drifted_run_fails_the_body_with_every_violation_in_fail_mode(Route route) {
        WebClient http = webClient(RunResponseCheck.failing());
        URI drifted = provider.drifted(route);

        Throwable thrown = catchThrowable(() -> http.get().uri(drifted).retrieve().bodyToMono(byte[].class).block(TIMEOUT));

        // WebClient reports a body that failed as a WebClientResponseException caused by runspec's failure.
        assertThat(runspecFailureIn(thrown)).isInstanceOfSatisfying(RunResponseAssertionError.class, failure -> {
            assertThat(failure.getMessage()).startsWith(String.format("%nExpecting run response:%n  GET %s (HTTP 200)%n"
                    + "to conform to schema:%n  \"%s\"%nbut found ", drifted, ServedRuns.schemaOf(route)));
            assertThat(failure.verdict().result().violations()).isNotEmpty()
                    .allSatisfy(v -> assertThat(failure.getMessage()).contains("  " + v));
        });
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void a_conforming_run_reaches_the_caller_byte_for_byte(Route route) {
        WebClient http = webClient(RunResponseCheck.builder().listener(verdicts::add).build());

        byte[] body = http.get().uri(provider.conforming(route)).retrieve().bodyToMono(byte[].class).block(TIMEOUT);

        assertThat(body).isEqualTo(ServedRuns.conformingBody(route));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.conforms()).isTrue());
    }

    @Test
    void a_drifted_run_goes_through_in_report_mode_and_its_verdict_is_recorded() {
        WebClient http = webClient(reporting(RunValidator.create()));

        String body = http.get().uri(provider.drifted(Route.RUNFLOW_V1)).retrieve().bodyToMono(String.class).block(TIMEOUT);

        assertThat(body).isEqualTo(new String(ServedRuns.driftedBody(Route.RUNFLOW_V1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().isValid()).isFalse());
    }

    @Test
    void responses_that_are_not_runs_are_left_alone() {
        WebClient http = webClient(RunResponseCheck.builder().listener(verdicts::add).build());

        String body = http.get().uri(provider.elsewhere()).exchangeToMono(r -> r.bodyToMono(String.class)).block(TIMEOUT);

        assertThat(body).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(verdicts).isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_gets_its_verdict_with_its_size_and_still_reaches_the_caller_whole() {
        byte[] served = ServedRuns.conformingBody(Route.RUNFLOW_V1);
        RunValidator small = RunValidator.builder().limits(Limits.defaults().withMaxDocumentBytes(served.length - 1)).build();

        byte[] body = webClient(reporting(small)).get().uri(provider.conforming(Route.RUNFLOW_V1)).retrieve()
                .bodyToMono(byte[].class).block(TIMEOUT);

        assertThat(body).isEqualTo(served);
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.result().violations()).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
                    assertThat(violation.message()).startsWith("the document is " + served.length + " bytes");
                }));
    }

    @Test
    void many_calls_in_parallel_through_one_filter_each_get_their_own_verdict_and_body() {
        WebClient http = webClient(reporting(RunValidator.create()));

        List<Boolean> intact = Flux.range(0, 100)
                .flatMapSequential(i -> {
                    boolean even = i % 2 == 0;
                    URI uri = even ? provider.conforming(Route.COMFYDEPLOY_V2) : provider.drifted(Route.COMFYDEPLOY_V2);
                    byte[] expected = even ? ServedRuns.conformingBody(Route.COMFYDEPLOY_V2) : ServedRuns.driftedBody(Route.COMFYDEPLOY_V2);
                    return http.get().uri(uri).retrieve().bodyToMono(byte[].class).map(b -> java.util.Arrays.equals(b, expected));
                }, 8)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(intact).hasSize(100).containsOnly(true);
        assertThat(verdicts).hasSize(100);
        assertThat(verdicts.stream().filter(RunVerdict::conforms)).hasSize(50);
    }

    @Test
    void report_mode_counts_violations_in_micrometer() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            webClient(RunResponseCheck.reporting(verdicts::add)).get().uri(provider.drifted(Route.RUNFLOW_V1))
                    .retrieve().bodyToMono(byte[].class).block(TIMEOUT);

            double counted = registry.find(MicrometerViolations.METER).tag("schema", "runflow-v1").counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            assertThat(counted).isEqualTo(verdicts.get(0).result().violations().size());
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    private static Throwable runspecFailureIn(Throwable thrown) {
        for (Throwable t = Exceptions.unwrap(thrown); t != null; t = t.getCause()) {
            if (t instanceof RunResponseAssertionError) {
                return t;
            }
        }
        return thrown;
    }

    private RunResponseCheck reporting(RunValidator validator) {
        return RunResponseCheck.builder().mode(CheckMode.REPORT).validator(validator).listener(verdicts::add)
                .countInGlobalRegistry(false).build();
    }

    private static WebClient webClient(RunResponseCheck check) {
        return WebClient.builder().clientConnector(new JdkClientHttpConnector())
                .filter(new RunResponseExchangeFilter(check)).build();
    }
}
