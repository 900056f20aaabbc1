package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.FailOn;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some of the responses a {@link ValidateRunResponse} test recorded do not conform. */
final class ShouldAllConform extends BasicErrorMessageFactory {

    private static final String FORMAT =
            "%nExpecting every run response the test recorded to conform to schema:%n  %s%s%nbut %s of %s did not:%n%s";

    private ShouldAllConform(ValidationSettings settings, int recorded, List<RecordedResponse> failing) {
        super(FORMAT, unquotedString(SchemaText.of(settings.schema())), unquotedString(threshold(settings.failOn())),
                failing.size(), recorded, unquotedString(responses(settings, failing)));
    }

    static ErrorMessageFactory shouldAllConform(ValidationSettings settings, int recorded, List<RecordedResponse> failing) {
        return new ShouldAllConform(settings, recorded, failing);
    }

    private static String responses(ValidationSettings settings, List<RecordedResponse> failing) {
        boolean auto = RunValidator.AUTO.equals(settings.schema());
        return failing.stream()
                .map(r -> "  " + r.label() + (auto ? ", against " + SchemaText.of(settings.schema(), r.result()) : "")
                        + ", " + ViolationLines.counts(r.result()) + ":" + System.lineSeparator()
                        + ViolationLines.block(r.result().violations(), "    "))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String threshold(FailOn failOn) {
        return failOn == FailOn.ERROR ? "" : String.format("%nwith no %s", ViolationLines.failing(failOn));
    }
}
