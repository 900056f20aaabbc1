package dev.runspec.core.internal;

import dev.runspec.core.Rule;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.Violation;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Builds violations with the severity the policy in force gives their rule. */
public final class PolicyLabels {

    private final SeverityPolicy policy;

    public PolicyLabels(SeverityPolicy policy) {
        this.policy = policy;
    }

    /** True when the policy turns {@code rule} off: it is not checked, and never reported. */
    public boolean isOff(Rule rule) {
        return policy.isOff(rule);
    }

    public Violation violation(String pointer, Rule rule, Object expected, Object actual, String message, int line, int column) {
        return new Violation(pointer, rule, policy.severityOf(rule), expected, actual, message, line, column);
    }
}
