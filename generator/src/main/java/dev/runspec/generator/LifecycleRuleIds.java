package dev.runspec.generator;

import dev.runspec.core.Rule;
import java.util.List;

/**
 * The lifecycle rule ids the near misses expect, in one place. The rules themselves are rows of
 * the lifecycle tables ({@code schemas/spec/<id>.lifecycle.md}) that core reads; these ids must
 * match those rows. A near miss that expects one of them can only be checked on a core that knows
 * it: see {@link NearMiss#isCheckable()}.
 */
public final class LifecycleRuleIds {

    /**
     * A terminal status without its end time ({@code completed_at}; for ComfyDeploy {@code ended_at}
     * of a failed, timed-out or cancelled run, a warning there).
     */
    public static final String TERMINAL_WITHOUT_END = "lifecycle-terminal-without-end";
    /** ComfyDeploy: a {@code success} run without {@code ended_at} (an error: update-run always sets it). */
    public static final String SUCCESS_WITHOUT_END = "lifecycle-success-without-end";
    /** ComfyDeploy: {@code ended_at} before {@code started_at}. */
    public static final String ENDED_BEFORE_STARTED = "lifecycle-ended-before-started";
    /** Runflow: {@code completed_at} before {@code started_at}. */
    public static final String COMPLETED_BEFORE_STARTED = "lifecycle-completed-before-started";
    /** A progress outside 0..1 (a percentage, say). */
    public static final String PROGRESS_OUT_OF_RANGE = "lifecycle-progress-out-of-range";
    /** ComfyDeploy v2: {@code run_duration} is not {@code ended_at - started_at}. */
    public static final String RUN_DURATION_MISMATCH = "lifecycle-run-duration-mismatch";
    /** Runflow: a failed run without {@code failure_code}. */
    public static final String FAILED_WITHOUT_FAILURE_CODE = "lifecycle-failed-without-failure-code";

    private LifecycleRuleIds() {
    }

    /** Every id above. */
    public static List<String> all() {
        return List.of(TERMINAL_WITHOUT_END, SUCCESS_WITHOUT_END, ENDED_BEFORE_STARTED, COMPLETED_BEFORE_STARTED, PROGRESS_OUT_OF_RANGE,
                RUN_DURATION_MISMATCH, FAILED_WITHOUT_FAILURE_CODE);
    }

    /** Whether the core on the class path knows this rule id (lifecycle rules arrive with their tables). */
    public static boolean isKnown(String ruleId) {
        return Rule.values().stream().anyMatch(rule -> rule.id().equals(ruleId));
    }
}
