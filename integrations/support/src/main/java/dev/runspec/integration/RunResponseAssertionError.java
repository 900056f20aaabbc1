package dev.runspec.integration;

import dev.runspec.core.FailOn;
import dev.runspec.integration.internal.FailureText;

/**
 * A run response that does not conform, thrown in {@link CheckMode#FAIL} out of the HTTP call (or
 * out of a matcher). Its message lists every violation, as {@code @ValidateRunResponse} does.
 */
public final class RunResponseAssertionError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient RunVerdict verdict;

    /** The failure for {@code verdict}, failing at {@code failOn}. */
    public RunResponseAssertionError(RunVerdict verdict, FailOn failOn) {
        super(FailureText.message(verdict.exchange().toString(), verdict.schema(), failOn, verdict.result()));
        this.verdict = verdict;
    }

    /** The verdict that failed. */
    public RunVerdict verdict() {
        return verdict;
    }
}
