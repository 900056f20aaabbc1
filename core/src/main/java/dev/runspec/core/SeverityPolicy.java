package dev.runspec.core;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The severity of each {@link Rule}. Immutable; every front end (annotation, Maven plugin, command
 * line) builds one the same way: {@link #defaults()}, then {@link #strict(boolean)} and
 * {@link #with(Rule, Severity)}, {@link #off(Rule)} or {@link #with(String)} for each override.
 * A rule that is off is not checked at all, and its violations are never reported.
 */
public final class SeverityPolicy {

    private static final SeverityPolicy DEFAULTS = new SeverityPolicy(Map.of(), Set.of());
    private static final Set<Rule> ALWAYS_ON = Set.of(Rule.MALFORMED_JSON, Rule.UNREADABLE, Rule.LIMIT_EXCEEDED);

    private final Map<Rule, Severity> overrides;
    private final Set<Rule> off;

    private SeverityPolicy(Map<Rule, Severity> overrides, Set<Rule> off) {
        this.overrides = overrides;
        this.off = off;
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
        Set<Rule> stillOff = new LinkedHashSet<>(off);
        stillOff.remove(rule);
        return new SeverityPolicy(copy, stillOff);
    }

    /**
     * A copy of this policy where {@code rule} is off: not checked, never reported. For example a
     * lifecycle rule a project knows its provider breaks.
     *
     * @throws IllegalArgumentException for {@code malformed-json}, {@code unreadable} and
     *     {@code limit-exceeded}: an input that cannot be read cannot be checked
     */
    public SeverityPolicy off(Rule rule) {
        if (ALWAYS_ON.contains(rule)) {
            throw new IllegalArgumentException("rule '" + rule.id() + "' cannot be turned off: an input that cannot be read cannot be checked");
        }
        Map<Rule, Severity> copy = new LinkedHashMap<>(overrides);
        copy.remove(rule);
        Set<Rule> nowOff = new LinkedHashSet<>(off);
        nowOff.add(rule);
        return new SeverityPolicy(copy, nowOff);
    }

    /** True when {@code rule} is {@link #off(Rule) off}. */
    public boolean isOff(Rule rule) {
        return off.contains(rule);
    }

    /**
     * A copy with one override written as {@code rule=severity}, for example {@code unknown-value=error}
     * or {@code lifecycle-waiting-with-start=off}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not of that form
     */
    public SeverityPolicy with(String override) {
        int eq = override == null ? -1 : override.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("severity override '" + override
                    + "' is not of the form rule=severity, for example unknown-value=error");
        }
        Rule rule = Rule.fromId(override.substring(0, eq));
        String severity = override.substring(eq + 1).trim();
        if (severity.equalsIgnoreCase("off")) {
            return off(rule);
        }
        try {
            return with(rule, Severity.fromId(severity));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + severity + "'; expected error, warning, info or off");
        }
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

    /** The severity this policy gives {@code rule} (its default when the rule is off, where it does not apply). */
    public Severity severityOf(Rule rule) {
        Severity severity = overrides.get(rule);
        return severity != null ? severity : rule.defaultSeverity();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeverityPolicy policy && overrides.equals(policy.overrides) && off.equals(policy.off);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode() * 31 + off.hashCode();
    }

    @Override
    public String toString() {
        return "SeverityPolicy" + overrides + (off.isEmpty() ? "" : " off" + off);
    }
}
