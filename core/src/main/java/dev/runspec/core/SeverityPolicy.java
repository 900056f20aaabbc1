package dev.runspec.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The severity of each {@link Rule}. Immutable; every front end (annotation, Maven plugin, command
 * line) builds one the same way: {@link #defaults()}, then {@link #strict(boolean)} and
 * {@link #with(Rule, Severity)} or {@link #with(String)} for each override.
 */
public final class SeverityPolicy {

    private static final SeverityPolicy DEFAULTS = new SeverityPolicy(Map.of());

    private final Map<Rule, Severity> overrides;

    private SeverityPolicy(Map<Rule, Severity> overrides) {
        this.overrides = overrides;
    }

    /** Every rule at its {@link Rule#defaultSeverity() default}: unknown properties and values are warnings. */
    public static SeverityPolicy defaults() {
        return DEFAULTS;
    }

    /** With {@code strict}, unknown properties are errors; without it, this policy unchanged. */
    public SeverityPolicy strict(boolean strict) {
        return strict ? with(Rule.UNKNOWN_PROPERTY, Severity.ERROR) : this;
    }

    /** A copy of this policy where {@code rule} has {@code severity}. */
    public SeverityPolicy with(Rule rule, Severity severity) {
        Map<Rule, Severity> copy = new LinkedHashMap<>(overrides);
        copy.put(rule, severity);
        return new SeverityPolicy(copy);
    }

    /**
     * A copy with one override written as {@code rule=severity}, for example {@code unknown-value=error}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not of that form
     */
    public SeverityPolicy with(String override) {
        int eq = override == null ? -1 : override.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("severity override '" + override
                    + "' is not of the form rule=severity, for example unknown-value=error");
        }
        return with(Rule.fromId(override.substring(0, eq)), Severity.fromId(override.substring(eq + 1)));
    }

    /**
     * This policy with {@code strict} and then each override ({@code rule=severity}) applied, in
     * order: what every front end builds from its strict switch and its list of overrides.
     *
     * @throws IllegalArgumentException naming the override at fault, in one line
     */
    public SeverityPolicy configured(boolean strict, Iterable<String> overrides) {
        SeverityPolicy policy = strict(strict);
        for (String override : overrides) {
            policy = policy.with(override);
        }
        return policy;
    }

    /** The severity this policy gives {@code rule}. */
    public Severity severityOf(Rule rule) {
        Severity severity = overrides.get(rule);
        return severity != null ? severity : rule.defaultSeverity();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeverityPolicy policy && overrides.equals(policy.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "SeverityPolicy" + overrides;
    }
}
