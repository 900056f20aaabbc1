package dev.runspec.maven;

import dev.runspec.core.Limit;
import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;

/**
 * The plugin's way out of what the core reports, in its own parameters: the core says what is
 * wrong, this adds how to fix it in a build.
 */
final class Advice {

    /** For a fixture whose shape no schema fits. */
    static final String SCHEMA = "name one with the fixture set's <schema>";

    private Advice() {
    }

    /** The goal's parameter that sets {@code limit}, named after it: {@code maxNestingDepth}. */
    static String parameter(Limit limit) {
        return limit.camelCase();
    }

    /** For a document beyond {@code limit}: its parameter, in the POM or as a property. */
    static String raise(Limit limit) {
        String parameter = parameter(limit);
        return "raise it with <" + parameter + "> or -Drunspec." + parameter + " if the document is genuine";
    }

    /** A fixture's verdict with the advice for an undetected schema and for the limits. */
    static ValidationResult forFixture(ValidationResult result) {
        return forLimits(result.withAdvice(Rule.UNDETECTED_SCHEMA, SCHEMA));
    }

    /** A verdict with the advice for the limits only (a pact's schemas come from pactMappings). */
    static ValidationResult forLimits(ValidationResult result) {
        return result.withAdvice(Rule.LIMIT_EXCEEDED, v -> Limit.of(v).map(Advice::raise).orElse(null));
    }
}
