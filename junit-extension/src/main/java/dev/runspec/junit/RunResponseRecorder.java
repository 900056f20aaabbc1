package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.RunflowSignature;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Collects the run responses one test sees, so that {@link ValidateRunResponse} can check them
 * all after the test. Declare it as a parameter of the test method (or of a {@code @BeforeEach}
 * method: both get the same recorder) and hand it every response: as text, as bytes, as a
 * {@link HttpResponse}, or by reading the response through {@link #bodyHandler(HttpRequest)}.
 * Each {@code record} method returns what it was given, so it fits inside an expression;
 * {@link #results()} gives the verdicts so far.
 *
 * <p>Recording never fails the test on the spot; the verdict comes after the test, with every
 * violation of every response. Safe to use from several threads, for example from the
 * completion threads of {@code HttpClient.sendAsync}.
 *
 * <p>When the test records two or more responses of the same run (same run id), the check after
 * the test also compares each with the run's previous response, in record order, against the
 * schema's {@code sequence-*} rules: a finished run that changes status, a status that moves back,
 * progress that goes down. {@link #results()} holds each response's own verdict only.
 */
public final class RunResponseRecorder {

    private final ValidationSettings settings;
    private final List<RecordedResponse> recorded = new ArrayList<>();
    private int forgotten;

    RunResponseRecorder(ValidationSettings settings) {
        this.settings = settings;
    }

    /** The schema id responses are checked against, or {@code auto}. */
    public String schema() {
        return settings.schema();
    }

    /** Records a response body given as JSON text, and returns it. */
    public String record(String body) {
        add(null, validator().validate(settings.schema(), Objects.requireNonNull(body, "body")),
                body.getBytes(StandardCharsets.UTF_8));
        return body;
    }

    /** Records a response body given as JSON bytes (UTF-8, with or without a byte-order mark), and returns them. */
    public byte[] record(byte[] body) {
        add(null, validator().validate(settings.schema(), Objects.requireNonNull(body, "body")), body.clone());
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
        add(document.toString(), document.validate(validator(), settings.schema()), document.bytes());
        return response;
    }

    /**
     * Records a delivery a webhook receiver got: its raw body, checked against the schema. The
     * headers are kept for {@link #recordDelivery(byte[], Map, byte[])}; returns the body.
     */
    public byte[] recordDelivery(byte[] rawBody, Map<String, List<String>> headers) {
        recordDelivery(null, rawBody, headers, null);
        return rawBody;
    }

    /**
     * Records a Runflow callback delivery: its raw body, checked against the schema, and its
     * {@code Runflow-Signature} header (looked up ignoring case), checked over the same raw bytes
     * with {@code runflowSecret}. A missing, malformed or wrong signature is a {@code signature}
     * violation of this delivery, reported with the others after the test; the secret never
     * appears in a message. Returns the body.
     */
    public byte[] recordDelivery(byte[] rawBody, Map<String, List<String>> headers, byte[] runflowSecret) {
        recordDelivery(null, rawBody, headers, Objects.requireNonNull(runflowSecret, "runflowSecret"));
        return rawBody;
    }

    /** Records a delivery named by {@code origin} in failure messages, and gives its verdict. */
    ValidationResult recordDelivery(String origin, byte[] rawBody, Map<String, List<String>> headers, byte[] runflowSecret) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(headers, "headers");
        ValidationResult result = validator().validate(settings.schema(), rawBody);
        if (runflowSecret != null) {
            result = result.withViolations(RunflowSignature.verify(rawBody, header(headers, RunflowSignature.HEADER), runflowSecret)
                    .violation(settings.policy()).stream().toList());
        }
        add(origin, result, null); // deliveries may repeat or arrive out of order: no poll sequence
        return result;
    }

    /** The first value of the header {@code name} (any case), or {@code null}. */
    static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * A body handler that reads the body as a {@code String}, as {@code BodyHandlers.ofString()}
     * does, and records it once the client has read it all. Pass it to {@code HttpClient.send} or
     * {@code sendAsync} with the same request, instead of recording the response afterwards:
     * {@code http.send(request, runs.bodyHandler(request))}. Failure messages name the request as
     * {@link #record(HttpResponse)} does: {@code GET http://host/run/42 (HTTP 200)} (the request's
     * URI; after a redirect the body came from the last one). Join asynchronous calls before the
     * test ends, since a body still being read then is not checked.
     */
    public BodyHandler<String> bodyHandler(HttpRequest request) {
        Objects.requireNonNull(request, "request");
        return info -> BodySubscribers.mapping(BodyHandlers.ofString().apply(info),
                recording(request.method() + " " + request.uri() + " (HTTP " + info.statusCode() + ")"));
    }

    /**
     * As {@link #bodyHandler(HttpRequest)}, for when the request is not at hand; a body handler
     * sees only the status and headers, so failure messages then name the status alone:
     * {@code response 2: HTTP 200}.
     */
    public BodyHandler<String> bodyHandler() {
        return info -> BodySubscribers.mapping(BodyHandlers.ofString().apply(info), recording("HTTP " + info.statusCode()));
    }

    /**
     * The verdicts on the responses recorded so far, in the order they were recorded (a body read
     * through {@link #bodyHandler(HttpRequest)} counts once the client has read it all), as an
     * unmodifiable list that later recordings leave unchanged. A test that means to catch a drifted
     * response asserts on these, then calls {@link #clear()} so that the drift it expected does not
     * fail it after all.
     */
    public List<ValidationResult> results() {
        return recorded().stream().map(RecordedResponse::result).toList();
    }

    /**
     * Forgets the responses recorded so far: the check after the test covers only those recorded
     * after this call (which keep their numbers: the one recorded next after two is still
     * {@code response 3}).
     */
    public synchronized void clear() {
        forgotten += recorded.size();
        recorded.clear();
    }

    private Function<String, String> recording(String origin) {
        return body -> {
            add(origin, validator().validate(settings.schema(), body), body.getBytes(StandardCharsets.UTF_8));
            return body;
        };
    }

    /** Every response recorded so far, in the order they were recorded. */
    synchronized List<RecordedResponse> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * The failure for the responses that do not conform, if any. When two or more responses were
     * recorded, each is checked again in record order with the run's previous response
     * ({@link SequenceChecker}), so a run that goes back from a terminal status fails the test too.
     */
    Optional<AssertionError> verdict() {
        List<RecordedResponse> all = sequenced(recorded());
        List<RecordedResponse> failing = all.stream().filter(r -> settings.fails(r.result())).toList();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssertionFailedError(
                ShouldAllConform.shouldAllConform(settings, all.size(), failing).create()));
    }

    private List<RecordedResponse> sequenced(List<RecordedResponse> responses) {
        if (responses.size() < 2) {
            return responses;
        }
        SequenceChecker checker = SequenceChecker.create(validator(), settings.schema());
        List<RecordedResponse> checked = new ArrayList<>(responses.size());
        for (RecordedResponse response : responses) {
            checked.add(response.body() == null ? response
                    : response.withResult(checker.accept("response " + response.number(), 1, response.body()).withoutDocument()));
        }
        return checked;
    }

    RunValidator validator() {
        return settings.validator();
    }

    private synchronized void add(String origin, ValidationResult result, byte[] body) {
        recorded.add(new RecordedResponse(forgotten + recorded.size() + 1, origin, result, body));
    }
}
