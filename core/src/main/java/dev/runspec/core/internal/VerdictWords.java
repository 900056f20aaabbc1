package dev.runspec.core.internal;

import dev.runspec.core.FailOn;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>The words failure messages use around the violation lines, so that {@code @ValidateRunResponse},
 * the assertions and the HTTP client integrations say the same thing the same way.
 */
public final class VerdictWords {

    private VerdictWords() {
    }

    /** How many violations of each severity: {@code 2 errors and 1 warning}, or {@code no violations}. */
    public static String counts(ValidationResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = result.count(severity);
            if (n > 0) {
                parts.add(n + " " + noun(severity, n));
            }
        }
        if (parts.isEmpty()) {
            return "no violations";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** What fails at this threshold, in words: {@code errors}, {@code errors or warnings}, {@code any violation}. */
    public static String failing(FailOn failOn) {
        return switch (failOn) {
            case ERROR -> "errors";
            case WARNING -> "errors or warnings";
            case INFO -> "any violation";
            case NEVER -> "failure (failOn = NEVER)";
        };
    }

    /** The schema one document was checked against: {@code "runflow-v1"}, {@code "runflow-v1" (detected by shape)} or {@code auto (no bundled schema fits)}. */
    public static String schema(String requested, ValidationResult result) {
        if (!RunValidator.AUTO.equals(requested)) {
            return quoted(requested);
        }
        if (RunValidator.AUTO.equals(result.schemaId())) {
            return "auto (no bundled schema fits)";
        }
        return quoted(result.schemaId()) + " (detected by shape)";
    }

    /** The schema several documents are checked against: {@code "runflow-v1"}, or {@code auto (each document by its shape)}. */
    public static String schema(String requested) {
        return RunValidator.AUTO.equals(requested) ? "auto (each document by its shape)" : quoted(requested);
    }

    /** A schema id in quotes. */
    public static String quoted(String id) {
        return "\"" + id + "\"";
    }

    private static String noun(Severity severity, long n) {
        String word = switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
        return n == 1 ? word : word + "s";
    }
}
