package dev.runspec.cli;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SeverityPolicy;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** What every checking command sets up first: where its notes go, its validator, its schema check. */
final class CommandSetup {

    private CommandSetup() {
    }

    /** Notes go to standard error as {@code runspec: NOTE}, one line each, at once. */
    static Consumer<String> notesTo(PrintWriter err) {
        return note -> {
            err.println("runspec: " + note);
            err.flush();
        };
    }

    /** A validator with the command's severity policy and input limits. */
    static RunValidator validator(PolicyOptions policyOptions, LimitOptions limitOptions) {
        return RunValidator.builder()
                .policy(policyOptions.applyTo(SeverityPolicy.defaults()))
                .limits(limitOptions.limits())
                .build();
    }

    /** A schema id the catalogue does not know (nor {@code auto}) is a usage error. */
    static void requireKnownSchema(SchemaCatalogue catalogue, String schema) {
        try {
            catalogue.requireKnownOrAuto(schema);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
