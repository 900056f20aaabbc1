package dev.runspec.integration;

/** What a run response check does when a response does not conform. */
public enum CheckMode {
    /**
     * For tests: the call fails with a {@link RunResponseAssertionError} listing every violation, in
     * the words of {@code @ValidateRunResponse}.
     */
    FAIL,
    /**
     * For production: the call always goes through with its body intact. Each verdict goes to the
     * listeners; each distinct (schema, pointer, rule) is logged once per interval; and, when
     * Micrometer is on the class path, violations are counted as {@code runspec.violations}. A
     * failure inside runspec is logged, never thrown into the call.
     */
    REPORT
}
