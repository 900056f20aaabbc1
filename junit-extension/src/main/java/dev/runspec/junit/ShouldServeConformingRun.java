package dev.runspec.junit;

import dev.runspec.core.FailOn;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.wiremock.StubMappingChecker;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A WireMock stub, named by {@link WireMockStubs}, that would serve a run which does not conform; or a mapping file that cannot be read. */
final class ShouldServeConformingRun extends BasicErrorMessageFactory {

    private static final String STUB = "%nExpecting WireMock stub:%n  %s%nto serve a run that conforms to schema:%n  %s%s%nbut found %s:%n%s"
            + "%nFix the stub's body; if the provider changed, update the client and the schema, then the stub.";

    private static final String FILE = "%nExpecting WireMock mapping file:%n  %s%nto be a stub mapping runspec can read%s%nbut found %s:%n%s";

    private ShouldServeConformingRun(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldServeConformingRun(String location, FailOn failOn, ValidationResult result) {
        String threshold = failOn == FailOn.ERROR ? "" : String.format("%nwith no %s", ViolationLines.failing(failOn));
        String violations = ViolationLines.block(result.violations(), "  ");
        if (StubMappingChecker.STUB_FILE.equals(result.schemaId())) {
            return new ShouldServeConformingRun(FILE, unquotedString(location), unquotedString(threshold),
                    unquotedString(ViolationLines.counts(result)), unquotedString(violations));
        }
        return new ShouldServeConformingRun(STUB, unquotedString(location), unquotedString(SchemaText.quoted(result.schemaId())),
                unquotedString(threshold), unquotedString(ViolationLines.counts(result)), unquotedString(violations));
    }
}
