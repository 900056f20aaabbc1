package dev.runspec.core;

/** Builds violations with the severity the policy in force gives their rule. */
final class PolicyLabels {

    private final SeverityPolicy policy;

    PolicyLabels(SeverityPolicy policy) {
        this.policy = policy;
    }

    Violation violation(String pointer, Rule rule, Object expected, Object actual, String message, int line, int column) {
        return new Violation(pointer, rule, policy.severityOf(rule), expected, actual, message, line, column);
    }
}
