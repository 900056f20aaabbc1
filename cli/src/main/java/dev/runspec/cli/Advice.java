package dev.runspec.cli;

import dev.runspec.core.Limit;
import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;

/**
 * The command line's way out of what the core reports, in its own options: the core says what is
 * wrong, this adds how to fix it here.
 */
final class Advice {

    /** For a document whose shape no schema fits. */
    static final String SCHEMA = "name one with --schema (see 'runspec schemas')";

    private Advice() {
    }

    /** For a document beyond {@code limit}: the option of the same name ({@code --max-nesting-depth}). */
    static String raise(Limit limit) {
        return "raise it with --" + limit.id() + " if the document is genuine";
    }

    /** A response's verdict with the advice for an undetected schema and for the limits. */
    static ValidationResult forResponse(ValidationResult result) {
        return forLimits(result.withAdvice(Rule.UNDETECTED_SCHEMA, SCHEMA));
    }

    /** A verdict with the advice for the limits only (a pact file names its schemas in {@code --map}). */
    static ValidationResult forLimits(ValidationResult result) {
        return result.withAdvice(Rule.LIMIT_EXCEEDED, v -> Limit.of(v).map(Advice::raise).orElse(null));
    }
}
