package dev.runspec.junit;

import dev.runspec.core.LineResult;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A poll sequence under test, as {@link RunSequenceAssert} sees it: response bodies in the order a
 * client got them (named {@code response 1}, {@code response 2}, ...), or an NDJSON poll log
 * (named by line).
 */
public final class RunSequence {

    /** One response of the sequence with its verdict. */
    record Checked(String label, ValidationResult result) {
    }

    private final List<String> bodies;
    private final String ndjson;

    private RunSequence(List<String> bodies, String ndjson) {
        this.bodies = bodies;
        this.ndjson = ndjson;
    }

    /** Response bodies in poll order. */
    public static RunSequence of(List<String> bodies) {
        Objects.requireNonNull(bodies, "bodies");
        bodies.forEach(body -> Objects.requireNonNull(body, "a body of the sequence is null"));
        return new RunSequence(List.copyOf(bodies), null);
    }

    /** An NDJSON poll log: one response per line, in poll order; blank lines are skipped. */
    public static RunSequence ofNdjson(String ndjson) {
        return new RunSequence(null, Objects.requireNonNull(ndjson, "ndjson"));
    }

    List<Checked> check(RunValidator validator, String schemaId) {
        SequenceChecker checker = SequenceChecker.create(validator, schemaId);
        List<Checked> checked = new ArrayList<>();
        if (ndjson != null) {
            checker.acceptLines("poll log", new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
                    (LineResult line) -> checked.add(new Checked("line " + line.lineNumber(), line.result().withoutDocument())));
            return checked;
        }
        for (int i = 0; i < bodies.size(); i++) {
            String label = "response " + (i + 1);
            checked.add(new Checked(label, checker.accept(label, 1, bodies.get(i)).withoutDocument()));
        }
        return checked;
    }

    /** {@code 3 responses} or {@code an NDJSON poll log}. */
    @Override
    public String toString() {
        return ndjson != null ? "an NDJSON poll log" : bodies.size() + (bodies.size() == 1 ? " response" : " responses");
    }
}
