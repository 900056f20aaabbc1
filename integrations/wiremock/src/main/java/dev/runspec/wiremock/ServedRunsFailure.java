package dev.runspec.wiremock;

import dev.runspec.core.FailOn;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.ViolationText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The failure message for served responses that do not conform, in the words
 * {@code @ValidateRunResponse} uses for the responses a test recorded, each violation written by
 * core's {@link ViolationText}.
 */
final class ServedRunsFailure {

    private static final String NL = System.lineSeparator();

    private ServedRunsFailure() {
    }

    static String message(FailOn failOn, int served, List<ServedResponse> failing) {
        return NL + "Expecting every run response WireMock served to conform to its schema"
                + (failOn == FailOn.ERROR ? "" : NL + "with no " + (failOn == FailOn.WARNING ? "errors or warnings" : "violation"))
                + NL + "but " + failing.size() + " of " + served + " did not:" + NL
                + failing.stream().map(r -> "  response " + r.number() + ": " + r.label() + ", against " + r.schemaId() + ", "
                        + counts(r.result()) + ":" + NL
                        + r.result().violations().stream().map(v -> "    " + ViolationText.of(v)).collect(Collectors.joining(NL)))
                .collect(Collectors.joining(NL));
    }

    /** {@code 2 errors and 1 warning}. */
    static String counts(ValidationResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = result.count(severity);
            if (n > 0) {
                String word = switch (severity) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "note";
                };
                parts.add(n + " " + (n == 1 ? word : word + "s"));
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "no violations" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
