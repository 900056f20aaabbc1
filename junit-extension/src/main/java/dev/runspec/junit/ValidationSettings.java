package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.Severity;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;

/**
 * What an annotation asks for: the schema, the severity policy and the lowest severity that
 * fails a test. Built once per annotation use; bad values are refused with a one-line reason.
 */
record ValidationSettings(String schema, SeverityPolicy policy, Severity failOn) {

    /**
     * Reads the attributes shared by {@link ValidateRunResponse} and {@link RecordedRuns}.
     *
     * @throws IllegalArgumentException with a one-line reason naming the attribute at fault
     */
    static ValidationSettings of(String schema, boolean strict, Severity failOn, String[] severities) {
        SeverityPolicy policy = SeverityPolicy.defaults().strict(strict);
        for (String override : severities) {
            try {
                policy = policy.with(override);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("severities: " + e.getMessage(), e);
            }
        }
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("schema must name a schema id, or auto");
        }
        String id = schema.trim();
        RunValidator validator = RunValidators.forPolicy(policy);
        if (!RunValidator.AUTO.equals(id)) {
            try {
                validator.catalogue().get(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("schema: " + e.getMessage(), e);
            }
        }
        return new ValidationSettings(id, policy, failOn);
    }

    RunValidator validator() {
        return RunValidators.forPolicy(policy);
    }

    /** True when the result has a violation at or above the failing severity. */
    boolean fails(ValidationResult result) {
        return result.hasViolationsAtLeast(failOn);
    }
}
