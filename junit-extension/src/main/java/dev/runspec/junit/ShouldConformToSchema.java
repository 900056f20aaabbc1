package dev.runspec.junit;

import dev.runspec.core.FailOn;
import dev.runspec.core.ValidationResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A document, or a recorded fixture, that should conform to a schema and does not. */
final class ShouldConformToSchema extends BasicErrorMessageFactory {

    private static final String FORMAT = "%nExpecting %s:%n  %s%nto conform to schema:%n  %s%s%nbut found %s:%n%s%s";

    private ShouldConformToSchema(String noun, Object actual, String schema, FailOn failOn, ValidationResult result,
            String advice) {
        super(FORMAT, unquotedString(noun), actual, unquotedString(schema), unquotedString(threshold(failOn)),
                unquotedString(ViolationLines.counts(result)), unquotedString(ViolationLines.block(result.violations(), "  ")),
                unquotedString(advice));
    }

    /** For {@code assertThatRun(..).conformsTo(..)}: errors fail. */
    static ErrorMessageFactory shouldConformToSchema(RunDocument actual, String requested, ValidationResult result) {
        return new ShouldConformToSchema("run response", actual, SchemaText.of(requested, result), FailOn.ERROR, result, "");
    }

    /** For {@code assertThatRun(..).conformsToSchemaOnly(..)}: schema errors fail, lifecycle rules are not checked. */
    static ErrorMessageFactory shouldConformToSchemaOnly(RunDocument actual, String requested, ValidationResult result) {
        return new ShouldConformToSchema("run response", actual, SchemaText.of(requested, result) + " (schema only)",
                FailOn.ERROR, result, "");
    }

    /** For {@code assertThatRun(..).followsLifecycleOf(..)}: lifecycle errors (and unreadable input) fail. */
    static ErrorMessageFactory shouldFollowLifecycle(RunDocument actual, String requested, ValidationResult result) {
        return new ShouldConformToSchema("run response", actual, "the lifecycle rules of " + SchemaText.of(requested, result),
                FailOn.ERROR, result, String.format("%nSee them with: runspec rules %s", result.schemaId()));
    }

    /** For a {@link RecordedRuns} fixture that no longer conforms. */
    static ErrorMessageFactory fixtureShouldConform(String location, ValidationSettings settings, ValidationResult result) {
        return new ShouldConformToSchema("recorded run", unquotedString(location), SchemaText.of(settings.schema(), result),
                settings.failOn(), result, String.format("%nRecord it again from the provider; if the provider changed, "
                        + "update the client and the schema, then the recording."));
    }

    private static String threshold(FailOn failOn) {
        return failOn == FailOn.ERROR ? "" : String.format("%nwith no %s", ViolationLines.failing(failOn));
    }
}
