package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.runspec.core.FakeProvider;
import dev.runspec.core.FakeProvider.Answer;
import dev.runspec.core.FakeProvider.Route;
import dev.runspec.core.HostileDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input battery through {@link ValidateRunResponse} and {@code assertThatRun}: a
 * {@link FakeProvider} answers Runflow's {@code GET /v1/runs/{id}} with every {@link HostileDocument}
 * (the HTML page as a 502 {@code text/html}, as a proxy would), an example test per document
 * fetches it and hands it to the recorder, and each fails its own test with its violation on one
 * line while the legal oddities pass.
 */
class HostileResponsesTests {

    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static FakeProvider provider;
    private static ExampleRun run;

    @BeforeAll
    static void fetchEveryHostileResponseFromARealServer() throws IOException {
        provider = FakeProvider.start();
        for (HostileDocument document : HostileDocument.values()) {
            provider.serve(Route.RUNFLOW_V1, document.fileName(), document == HostileDocument.HTML_ERROR_PAGE
                    ? new Answer(502, "text/html", document.bytes()) : Answer.json(document.bytes()));
        }
        run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ExampleRun.of(HostilePoller.class));
    }

    @AfterAll
    static void stopTheServer() {
        provider.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void each_hostile_response_fails_the_test_that_recorded_it_with_its_violation_on_one_line(HostileDocument document) {
        assertThat(run.containerFailures()).isEmpty();
        if (document.conforms()) {
            assertThat(run.passed()).contains(document.name());
            return;
        }
        assertThat(run.failures()).hasEntrySatisfying(document.name(), message -> {
            assertThat(message).contains("response 1: GET " + address(document) + " (HTTP "
                    + (document == HostileDocument.HTML_ERROR_PAGE ? 502 : 200) + "), 1 error:");
            assertViolationLine(message, document);
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void assert_that_run_fails_on_each_hostile_body_with_its_violation_on_one_line(HostileDocument document) {
        byte[] body = document.bytes();

        Throwable failure = catchThrowable(() -> assertThatRun(body).conformsTo(HostileDocument.SCHEMA));

        if (document.conforms()) {
            assertThat(failure).isNull();
        } else {
            assertThat(failure).isInstanceOf(AssertionError.class);
            assertViolationLine(failure.getMessage(), document);
        }
    }

    private static void assertViolationLine(String message, HostileDocument document) {
        assertThat(message).doesNotContain("Exception", "\tat ");
        assertThat(message.lines()).filteredOn(line -> line.contains(document.reason())).singleElement().asString()
                .matches("\\s+\\d+:\\d+: (\\(document\\)|/[\\w/]+): .* \\[" + document.rule().id() + "\\]")
                .satisfies(line -> document.limit().ifPresent(limit ->
                        assertThat(line).endsWith("; " + ConfiguredLimits.advice(limit) + " [limit-exceeded]")));
    }

    static URI address(HostileDocument document) {
        return provider.address(Route.RUNFLOW_V1, document.fileName());
    }

    @ValidateRunResponse(schema = HostileDocument.SCHEMA)
    static class HostilePoller {

        @ParameterizedTest(name = "{0}")
        @EnumSource(HostileDocument.class)
        void fetches(HostileDocument document, RunResponseRecorder runs) throws Exception {
            runs.record(CLIENT.send(HttpRequest.newBuilder(address(document)).build(), BodyHandlers.ofByteArray()));
        }
    }
}
