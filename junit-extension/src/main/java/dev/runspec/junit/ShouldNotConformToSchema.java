package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A document that should break its schema (a test proving drift is caught) and has no error. */
final class ShouldNotConformToSchema extends BasicErrorMessageFactory {

    private ShouldNotConformToSchema(RunDocument actual, String schema, String warnings) {
        super("%nExpecting run response:%n  %s%nnot to conform to schema:%n  %s%nbut it has no error%s", actual,
                unquotedString(schema), unquotedString(warnings));
    }

    static ErrorMessageFactory shouldNotConformToSchema(RunDocument actual, String requested, ValidationResult result) {
        String counts = ViolationLines.counts(result);
        return new ShouldNotConformToSchema(actual, SchemaText.of(requested, result),
                result.violations().isEmpty() ? "" : String.format(" (%s:%n%s)", counts,
                        ViolationLines.block(result.violations(), "  ")));
    }
}
