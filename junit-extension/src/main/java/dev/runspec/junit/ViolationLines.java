package dev.runspec.junit;

import dev.runspec.core.FailOn;
import dev.runspec.core.Limit;
import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.VerdictWords;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How failure messages print violations: one per line, {@code line:col: /pointer: message [rule]},
 * the form build logs and IDEs link; a violation that is not an error names its severity
 * ({@code [unknown-property, warning]}), as runspec's text report does.
 */
final class ViolationLines {

    /** JUnit's way out of a document whose shape no schema fits. */
    static final String SCHEMA_ADVICE = "name one with schema = \"...\" or conformsTo(id)";

    private ViolationLines() {
    }

    /** The violation's line, with JUnit's advice for an undetected schema or a limit. */
    static String line(Violation violation) {
        String advice = violation.rule() == Rule.UNDETECTED_SCHEMA ? SCHEMA_ADVICE
                : Limit.of(violation).map(ConfiguredLimits::advice).orElse(null);
        return (advice == null ? violation : violation.withMessage(violation.message() + "; " + advice)).toString();
    }

    /** Every violation on its own line, each indented by {@code indent}. */
    static String block(List<Violation> violations, String indent) {
        return violations.stream().map(v -> indent + line(v)).collect(Collectors.joining(System.lineSeparator()));
    }

    /** How many violations of each severity: {@code 2 errors and 1 warning}. */
    static String counts(ValidationResult result) {
        return VerdictWords.counts(result);
    }

    /** What fails at this threshold, in words: {@code errors}, {@code errors or warnings}, {@code any violation}. */
    static String failing(FailOn failOn) {
        return VerdictWords.failing(failOn);
    }
}
