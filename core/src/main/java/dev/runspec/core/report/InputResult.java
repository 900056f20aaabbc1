package dev.runspec.core.report;

import dev.runspec.core.ValidationResult;
import java.util.Objects;

/**
 * The verdict on one input of a report.
 *
 * @param input how the input is named in reports: a path relative to where the run started, with
 *     forward slashes, or {@code -} for standard input
 * @param line for one line of an NDJSON file, its 1-based line number; 0 for a whole file
 * @param result the verdict
 */
public record InputResult(String input, long line, ValidationResult result) {

    /** Checks that the input has a name and a result. */
    public InputResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(result, "result");
    }

    /** The verdict on a whole file (or stream). */
    public static InputResult of(String input, ValidationResult result) {
        return new InputResult(input, 0, result);
    }

    /** The name with the NDJSON line when there is one: {@code runs.ndjson:12}. */
    public String displayName() {
        return line > 0 ? input + ":" + line : input;
    }
}
