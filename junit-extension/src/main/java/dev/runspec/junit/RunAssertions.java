package dev.runspec.junit;

import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * Entry point of runspec's AssertJ assertions.
 *
 * <pre>{@code
 * import static dev.runspec.junit.RunAssertions.assertThatRun;
 *
 * assertThatRun(body).conformsTo("runflow-v1").hasNoWarnings();
 * assertThatRun(driftedBody).usingSchema("runflow-v1").hasViolation("/cost", "pattern");
 * assertThatRunSequence(queued, running, succeeded).conformsTo("runflow-v1");
 * }</pre>
 */
public final class RunAssertions {

    private RunAssertions() {
    }

    /** Assertions on a response body given as JSON text. */
    public static RunAssert assertThatRun(String json) {
        return new RunAssert(json == null ? null : RunDocument.of(json));
    }

    /** Assertions on a response body given as JSON bytes. */
    public static RunAssert assertThatRun(byte[] json) {
        return new RunAssert(json == null ? null : RunDocument.of(json));
    }

    /** Assertions on a recorded response in a file. */
    public static RunAssert assertThatRun(Path file) {
        return new RunAssert(file == null ? null : RunDocument.of(file));
    }

    /**
     * Assertions on a response parsed by the test's own Jackson: a Jackson 2
     * {@code com.fasterxml.jackson.databind.JsonNode} or a Jackson 3
     * {@code tools.jackson.databind.JsonNode} (runspec's own Jackson is relocated, so either works).
     *
     * @throws IllegalArgumentException when {@code jacksonTree} is not such a tree
     */
    public static RunAssert assertThatRun(Object jacksonTree) {
        return new RunAssert(jacksonTree == null ? null : RunDocument.of(jacksonTree));
    }

    /**
     * Assertions on the body of a response read as a {@code String} or {@code byte[]}.
     *
     * @throws IllegalArgumentException when the body was read as anything else
     */
    public static RunAssert assertThatRun(HttpResponse<?> response) {
        return new RunAssert(response == null ? null : RunDocument.of(response));
    }

    /** Assertions on a poll sequence: response bodies in the order a client got them. */
    public static RunSequenceAssert assertThatRunSequence(String... bodies) {
        return new RunSequenceAssert(bodies == null ? null : RunSequence.of(java.util.List.of(bodies)));
    }

    /** Assertions on a poll sequence given as a list of response bodies, in poll order. */
    public static RunSequenceAssert assertThatRunSequence(java.util.List<String> bodies) {
        return new RunSequenceAssert(bodies == null ? null : RunSequence.of(bodies));
    }

    /** Assertions on an NDJSON poll log: one response per line, in poll order. */
    public static RunSequenceAssert assertThatRunSequenceInNdjson(String ndjson) {
        return new RunSequenceAssert(ndjson == null ? null : RunSequence.ofNdjson(ndjson));
    }
}
