package dev.runspec.integration.internal;

import dev.runspec.core.FailOn;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.VerdictWords;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Not API: shared by runspec's integration modules and may change in any release.
 *
 * <p>Failure messages in the words of {@code @ValidateRunResponse} and {@code assertThatRun}: what
 * was expected, the schema, then every violation on its own line in core's one violation form.
 */
public final class FailureText {

    private FailureText() {
    }

    /**
     * {@code Expecting run response: <what> to conform to schema: "id" but found 2 errors:} and the
     * violations, one per line.
     */
    public static String message(String what, String requestedSchema, FailOn failOn, ValidationResult result) {
        return message("run response", what, requestedSchema, failOn, result);
    }

    /** The same, expecting something other than a run response: {@code webhook delivery}, say. */
    public static String message(String expecting, String what, String requestedSchema, FailOn failOn, ValidationResult result) {
        return String.format("%nExpecting %s:%n  %s%nto conform to schema:%n  %s%s%nbut found %s",
                expecting, what, VerdictWords.schema(requestedSchema, result), threshold(failOn), found(result, "  "));
    }

    /** {@code 2 errors:} and the violations, each on its own line after {@code indent}. */
    public static String found(ValidationResult result, String indent) {
        return VerdictWords.counts(result) + ":" + System.lineSeparator() + lines(result.violations(), indent);
    }

    /** Every violation on its own line, after {@code indent}. */
    public static String lines(List<Violation> violations, String indent) {
        return violations.stream().map(v -> indent + v).collect(Collectors.joining(System.lineSeparator()));
    }

    /** {@code "runflow-v1"} or {@code "runflow-v1" (detected by shape)}. */
    public static String schema(String requestedSchema, ValidationResult result) {
        return VerdictWords.schema(requestedSchema, result);
    }

    private static String threshold(FailOn failOn) {
        return failOn == FailOn.ERROR ? "" : String.format("%nwith no %s", VerdictWords.failing(failOn));
    }
}
