package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Collects the run responses one test sees, so that {@link ValidateRunResponse} can check them
 * all after the test. Declare it as a parameter of the test method (or of a {@code @BeforeEach}
 * method: both get the same recorder) and hand it every response: as text, as bytes, as a
 * {@link HttpResponse}, or by reading the response through {@link #bodyHandler()}. Each
 * {@code record} method returns what it was given, so it fits inside an expression.
 *
 * <p>Recording never fails the test on the spot; the verdict comes after the test, with every
 * violation of every response. Safe to use from several threads, for example from the
 * completion threads of {@code HttpClient.sendAsync}.
 */
public final class RunResponseRecorder {

    private final ValidationSettings settings;
    private final List<RecordedResponse> recorded = new ArrayList<>();

    RunResponseRecorder(ValidationSettings settings) {
        this.settings = settings;
    }

    /** The schema id responses are checked against, or {@code auto}. */
    public String schema() {
        return settings.schema();
    }

    /** Records a response body given as JSON text, and returns it. */
    public String record(String body) {
        add(null, validator().validate(settings.schema(), Objects.requireNonNull(body, "body")));
        return body;
    }

    /** Records a response body given as JSON bytes (UTF-8, with or without a byte-order mark), and returns them. */
    public byte[] record(byte[] body) {
        add(null, validator().validate(settings.schema(), Objects.requireNonNull(body, "body")));
        return body;
    }

    /**
     * Records the body of a response read as a {@code String} or {@code byte[]} (with
     * {@code BodyHandlers.ofString()} or {@code ofByteArray()}), and returns the response.
     * Failure messages name the request: {@code GET http://host/run/42 (HTTP 200)}.
     *
     * @throws IllegalArgumentException when the body was read as anything else
     */
    public <T> HttpResponse<T> record(HttpResponse<T> response) {
        RunDocument document = RunDocument.of(response, "record", ", or with recorder.bodyHandler()");
        add(document.toString(), document.validate(validator(), settings.schema()));
        return response;
    }

    /**
     * A body handler that reads the body as a {@code String}, as {@code BodyHandlers.ofString()}
     * does, and records it once the client has read it all. Pass it to {@code HttpClient.send} or
     * {@code sendAsync} instead of recording the response afterwards; join asynchronous calls
     * before the test ends, since a body still being read then is not checked.
     */
    public BodyHandler<String> bodyHandler() {
        return info -> BodySubscribers.mapping(BodyHandlers.ofString().apply(info), recording("HTTP " + info.statusCode()));
    }

    private Function<String, String> recording(String origin) {
        return body -> {
            add(origin, validator().validate(settings.schema(), body));
            return body;
        };
    }

    /** Every response recorded so far, in the order they were recorded. */
    synchronized List<RecordedResponse> recorded() {
        return List.copyOf(recorded);
    }

    /** The failure for the responses that do not conform, if any. */
    Optional<AssertionError> verdict() {
        List<RecordedResponse> all = recorded();
        List<RecordedResponse> failing = all.stream().filter(r -> settings.fails(r.result())).toList();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssertionFailedError(
                ShouldAllConform.shouldAllConform(settings, all.size(), failing).create()));
    }

    RunValidator validator() {
        return settings.validator();
    }

    private synchronized void add(String origin, ValidationResult result) {
        recorded.add(new RecordedResponse(recorded.size() + 1, origin, result));
    }
}
