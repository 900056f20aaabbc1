package dev.runspec.generator;

/**
 * A violation a near miss must produce: the rule's id and the JSON Pointer of the member that
 * breaks it ({@code ""} for the document as a whole).
 *
 * @param rule the rule id, such as {@code pattern} or {@code lifecycle-terminal-without-end}
 * @param pointer the JSON Pointer, such as {@code /cost}
 */
public record ExpectedViolation(String rule, String pointer) {

    /** Whether the rule is one of the lifecycle rules ({@link LifecycleRuleIds}). */
    public boolean isLifecycleRule() {
        return rule.startsWith("lifecycle-");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + " [" + rule + "]";
    }
}
