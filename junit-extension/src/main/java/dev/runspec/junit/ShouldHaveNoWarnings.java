package dev.runspec.junit;

import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A document that should have no warnings (unknown properties, unknown values) and has some. */
final class ShouldHaveNoWarnings extends BasicErrorMessageFactory {

    private ShouldHaveNoWarnings(RunDocument actual, String schema, List<Violation> warnings) {
        super("%nExpecting run response:%n  %s%nto have no warnings against schema:%n  %s%nbut found %s:%n%s", actual,
                unquotedString(schema), unquotedString(warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings"),
                unquotedString(ViolationLines.block(warnings, "  ")));
    }

    static ErrorMessageFactory shouldHaveNoWarnings(RunDocument actual, String requested, ValidationResult result) {
        return new ShouldHaveNoWarnings(actual, SchemaText.of(requested, result), result.violations(Severity.WARNING));
    }
}
