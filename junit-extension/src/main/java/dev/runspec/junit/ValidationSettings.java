package dev.runspec.junit;

import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.FailOn;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;

/**
 * What an annotation asks for: the schema, the severity policy and the lowest severity that
 * fails a test, with the input limits of the run ({@link ConfiguredLimits}). Built once per
 * annotation use; bad values are refused with a one-line reason.
 */
record ValidationSettings(String schema, SeverityPolicy policy, FailOn failOn, Limits limits) {

    /**
     * Reads the attributes shared by {@link ValidateRunResponse} and {@link RecordedRuns}.
     *
     * @throws IllegalArgumentException with a one-line reason naming the attribute at fault
     */
    static ValidationSettings of(String schema, boolean strict, FailOn failOn, String[] severities, Limits limits) {
        SeverityPolicy policy;
        try {
            policy = SeverityPolicy.defaults().configured(strict, java.util.List.of(severities));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severities: " + e.getMessage(), e);
        }
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("schema must name a schema id, or auto");
        }
        String id = schema.trim();
        RunValidator validator = RunValidators.of(policy, limits);
        try {
            validator.catalogue().requireKnownOrAuto(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("schema: " + e.getMessage(), e);
        }
        return new ValidationSettings(id, policy, failOn, limits);
    }

    RunValidator validator() {
        return RunValidators.of(policy, limits);
    }

    /** True when the result has a violation at or above the failing severity. */
    boolean fails(ValidationResult result) {
        return failOn.isReachedBy(result);
    }
}
