package dev.runspec.integration;

import dev.runspec.core.ValidationResult;
import java.util.Objects;

/**
 * The verdict on one checked response: the call, the schema id asked for (the endpoint's, possibly
 * {@code auto}) and the result, without the parsed document so that listeners may keep it cheaply.
 *
 * @param exchange the call
 * @param schema the schema id the endpoint maps to, or {@code auto}
 * @param result every violation found, in source order
 */
public record RunVerdict(RunExchange exchange, String schema, ValidationResult result) {

    /** Checks that every part is present. */
    public RunVerdict {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(result, "result");
    }

    /** True when the response has no violations at all. */
    public boolean conforms() {
        return result.violations().isEmpty();
    }
}
