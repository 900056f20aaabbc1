package dev.runspec.junit;

import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A document that should break a rule at a pointer and does not. */
final class ShouldHaveViolation extends BasicErrorMessageFactory {

    private ShouldHaveViolation(RunDocument actual, String pointer, Rule rule, String schema, ValidationResult result) {
        super("%nExpecting run response:%n  %s%nto have a violation:%n  %s%nagainst schema:%n  %s%nbut found %s", actual,
                unquotedString((pointer.isEmpty() ? "(document)" : pointer) + " [" + rule.id() + "]"), unquotedString(schema),
                unquotedString(result.violations().isEmpty() ? "none"
                        : String.format("only:%n%s", ViolationLines.block(result.violations(), "  "))));
    }

    static ErrorMessageFactory shouldHaveViolation(RunDocument actual, String pointer, Rule rule, String requested,
            ValidationResult result) {
        return new ShouldHaveViolation(actual, pointer, rule, SchemaText.of(requested, result), result);
    }
}
