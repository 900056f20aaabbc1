package dev.runspec.junit;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} plus {@code assertThatRun}: every failed assertion is collected
 * and reported together by {@link #assertAll()}. Use it like {@code SoftAssertions}, for example
 * {@code SoftAssertionsProvider.assertSoftly(RunSoftAssertions.class, softly -> ...)}, or inject it with
 * AssertJ's {@code SoftAssertionsExtension}.
 *
 * <pre>{@code
 * RunSoftAssertions softly = new RunSoftAssertions();
 * softly.assertThatRun(first).conformsTo("runflow-v1");
 * softly.assertThatRun(second).conformsTo("runflow-v1").hasNoWarnings();
 * softly.assertAll();
 * }</pre>
 */
public class RunSoftAssertions extends SoftAssertions {

    /** Soft assertions on a response body given as JSON text. */
    public RunAssert assertThatRun(String json) {
        return proxy(RunAssert.class, RunDocument.class, json == null ? null : RunDocument.of(json));
    }

    /** Soft assertions on a response body given as JSON bytes. */
    public RunAssert assertThatRun(byte[] json) {
        return proxy(RunAssert.class, RunDocument.class, json == null ? null : RunDocument.of(json));
    }

    /** Soft assertions on a recorded response in a file. */
    public RunAssert assertThatRun(Path file) {
        return proxy(RunAssert.class, RunDocument.class, file == null ? null : RunDocument.of(file));
    }

    /** Soft assertions on a response parsed by the test's own Jackson (2 or 3). */
    public RunAssert assertThatRun(Object jacksonTree) {
        return proxy(RunAssert.class, RunDocument.class, jacksonTree == null ? null : RunDocument.of(jacksonTree));
    }

    /** Soft assertions on the body of a response read as a {@code String} or {@code byte[]}. */
    public RunAssert assertThatRun(HttpResponse<?> response) {
        return proxy(RunAssert.class, RunDocument.class, response == null ? null : RunDocument.of(response));
    }

    /** Soft assertions on a poll sequence: response bodies in the order a client got them. */
    public RunSequenceAssert assertThatRunSequence(String... bodies) {
        return proxy(RunSequenceAssert.class, RunSequence.class, bodies == null ? null : RunSequence.of(java.util.List.of(bodies)));
    }

    /** Soft assertions on a poll sequence given as a list of response bodies, in poll order. */
    public RunSequenceAssert assertThatRunSequence(java.util.List<String> bodies) {
        return proxy(RunSequenceAssert.class, RunSequence.class, bodies == null ? null : RunSequence.of(bodies));
    }

    /** Soft assertions on an NDJSON poll log: one response per line, in poll order. */
    public RunSequenceAssert assertThatRunSequenceInNdjson(String ndjson) {
        return proxy(RunSequenceAssert.class, RunSequence.class, ndjson == null ? null : RunSequence.ofNdjson(ndjson));
    }
}
