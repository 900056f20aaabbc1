package dev.runspec.generator;

import java.util.List;

/**
 * A body one drift away from a conforming run, with the violations the drift must produce and
 * nothing else.
 *
 * @param schemaId the schema the original run conforms to
 * @param drift the drift's id, such as {@code cost-in-scientific-notation}
 * @param description what the drift is, in one line
 * @param base the conforming run it was made from
 * @param json the drifted body (not always JSON: see {@code html-error-page})
 * @param expected the violations a validator must report, no more, no fewer
 */
public record NearMiss(String schemaId, String drift, String description, GeneratedRun base, String json,
        List<ExpectedViolation> expected) {

    public NearMiss {
        expected = List.copyOf(expected);
    }

    /** Whether a lifecycle rule is among the expected violations. */
    public boolean needsLifecycleRules() {
        return expected.stream().anyMatch(ExpectedViolation::isLifecycleRule);
    }

    /**
     * Whether the core on the class path knows every expected rule, so that the expectation can be
     * checked. False for lifecycle near misses until the lifecycle rules are there.
     */
    public boolean isCheckable() {
        return expected.stream().allMatch(e -> LifecycleRuleIds.isKnown(e.rule()));
    }

    /** A name for test reports: {@code cost-in-scientific-notation (succeeded, seed 1234)}. */
    public String name() {
        return drift + " (" + base.name() + ")";
    }
}
