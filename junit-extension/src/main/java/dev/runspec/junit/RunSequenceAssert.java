package dev.runspec.junit;

import dev.runspec.core.FailOn;
import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Rule;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a poll sequence: each response alone, and each run's consecutive responses
 * against the schema's {@code sequence-*} rules (a finished run that changes status, progress
 * that goes down, ...). Start with {@link RunAssertions#assertThatRunSequence(String...)} (or the
 * soft form in {@link RunSoftAssertions}). Until a schema is chosen it is detected per response.
 */
public class RunSequenceAssert extends AbstractObjectAssert<RunSequenceAssert, RunSequence> {

    private String schema = RunValidator.AUTO;
    private SeverityPolicy policy = SeverityPolicy.defaults();
    private List<RunSequence.Checked> checked;

    /** An assertion on {@code actual}; public so that soft assertions can proxy it. */
    public RunSequenceAssert(RunSequence actual) {
        super(actual, RunSequenceAssert.class);
    }

    /** Checks the following assertions against {@code schemaId} (or {@code auto}) without asserting anything yet. */
    public RunSequenceAssert usingSchema(String schemaId) {
        Objects.requireNonNull(schemaId, "schemaId");
        validator().catalogue().requireKnownOrAuto(schemaId);
        this.schema = schemaId;
        this.checked = null;
        return myself;
    }

    /** Checks the following assertions under {@code policy}, for example one that makes a sequence warning an error. */
    public RunSequenceAssert usingPolicy(SeverityPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.checked = null;
        return myself;
    }

    /** Verifies that no response has an error against {@code schemaId}, alone or in sequence; warnings do not fail. */
    public RunSequenceAssert conformsTo(String schemaId) {
        usingSchema(schemaId);
        return conforms();
    }

    /** As {@link #conformsTo(String)}, with each response's schema detected by its shape. */
    public RunSequenceAssert conformsToDetectedSchema() {
        return conformsTo(RunValidator.AUTO);
    }

    /** Verifies that the {@code number}th response (1-based; the line number for an NDJSON log) breaks {@code rule} at {@code pointer}. */
    public RunSequenceAssert hasViolation(int number, String pointer, String rule) {
        isNotNull();
        Rule wanted = Rule.fromId(rule);
        String label = checked().isEmpty() || checked().get(0).label().startsWith("line ") ? "line " + number : "response " + number;
        boolean found = checked().stream().filter(c -> c.label().equals(label))
                .flatMap(c -> c.result().violations().stream())
                .anyMatch(v -> v.rule().equals(wanted) && v.pointer().equals(pointer));
        if (!found) {
            failWithMessage("%nExpecting %s of the run sequence to have a violation:%n  %s [%s]%nbut found %s", label,
                    pointer, rule, describe(checked()));
        }
        return myself;
    }

    /** Every violation of every response, in poll order, for further AssertJ assertions. */
    public ListAssert<Violation> violations() {
        isNotNull();
        return Assertions.assertThat(checked().stream().flatMap(c -> c.result().violations().stream()).toList());
    }

    private RunSequenceAssert conforms() {
        isNotNull();
        List<RunSequence.Checked> failing = checked().stream().filter(c -> FailOn.ERROR.isReachedBy(c.result())).toList();
        if (!failing.isEmpty()) {
            failWithMessage("%nExpecting every response of %s to conform to schema:%n  %s%nalone and in sequence, but %s did not:%n%s",
                    actual, SchemaText.of(schema), failing.size(), describe(failing));
        }
        return myself;
    }

    private static String describe(List<RunSequence.Checked> responses) {
        List<String> blocks = responses.stream().filter(c -> !c.result().violations().isEmpty())
                .map(c -> "  " + c.label() + ", " + ViolationLines.counts(c.result()) + ":" + System.lineSeparator()
                        + ViolationLines.block(c.result().violations(), "    "))
                .toList();
        return blocks.isEmpty() ? "none" : String.join(System.lineSeparator(), blocks);
    }

    private List<RunSequence.Checked> checked() {
        if (checked == null) {
            checked = actual.check(validator(), schema);
        }
        return checked;
    }

    private RunValidator validator() {
        return RunValidators.of(policy, Limits.defaults());
    }
}
