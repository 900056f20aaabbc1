package dev.runspec.benchmarks;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;

/**
 * runspec as its users call it: one shared validator, bytes in, a result with every violation
 * placed at its line and column out. The work is a strict parse (duplicate keys detected), the
 * schema check with runspec's own keywords, and, only when something is wrong, the messages and
 * a second pass over the text to place them.
 */
final class RunspecCore implements Contender {

    private final RunValidator validator = RunValidator.create();
    private final String schemaId;

    RunspecCore(String schemaId) {
        this.schemaId = schemaId;
    }

    RunValidator validator() {
        return validator;
    }

    @Override
    public ValidationResult validate(Body body) {
        return validator.validate(schemaId, body.bytes());
    }

    @Override
    public boolean conforms(Object result) {
        return ((ValidationResult) result).isValid();
    }
}
