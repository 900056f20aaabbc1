package dev.runspec.core.wiremock;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.report.InputResult;
import java.util.Optional;

/**
 * The verdict on one stub whose request maps to a run schema, or on a mapping file as a whole
 * (unreadable, or serving no run).
 *
 * @param input how reports name it: {@code FILE#stub-name}, or {@code FILE} for the file as a whole
 * @param body the JSON text the stub would serve, when its body was read; null otherwise (not
 *     checked, or a file-level result)
 * @param result the verdict; its schema id is the mapped schema, or {@link StubMappingChecker#STUB_FILE}
 */
public record StubVerdict(String input, String body, ValidationResult result) {

    /** The verdict as a report input. */
    public InputResult inputResult() {
        return InputResult.of(input, result.withoutDocument());
    }

    /** The body the stub would serve, when it was read. */
    public Optional<String> servedBody() {
        return Optional.ofNullable(body);
    }
}
