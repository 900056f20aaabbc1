package dev.runspec.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a violation breaks. Each rule has a stable kebab-case id that reports and
 * {@link SeverityPolicy} configurations use, a default severity and a one-line description.
 *
 * <p>A value, not a closed enum: the rules below are built in, and rules stated as rows of a rule
 * table (such as the coming {@code lifecycle-*} rules) are added by {@link #define} as their
 * tables are read, so that they work everywhere a built-in rule works ({@code --severity id=off}
 * included). Two rules are the same rule when their ids are equal; {@link #fromId} returns the one
 * instance of each.
 */
public final class Rule {

    private static final Map<String, Rule> BY_ID = Collections.synchronizedMap(new LinkedHashMap<>());

    /** A member the schema requires is absent. */
    public static final Rule REQUIRED = builtIn("required", Severity.ERROR, "A required member is missing.");
    /** A value is {@code null} where the schema does not allow null. */
    public static final Rule NULL = builtIn("null", Severity.ERROR, "A value is null where the contract allows none.");
    /** A value has the wrong JSON type. */
    public static final Rule TYPE = builtIn("type", Severity.ERROR, "A value has the wrong JSON type.");
    /** A value lies outside a closed set of values. */
    public static final Rule ENUM = builtIn("enum", Severity.ERROR, "A value is outside the closed set the provider publishes.");
    /** A value lies outside the known values of a field the provider types as a plain string. */
    public static final Rule UNKNOWN_VALUE = builtIn("unknown-value", Severity.WARNING,
            "A value is outside the values the provider documents.");
    /** A string does not match the schema's pattern (for example a cost that is not a decimal). */
    public static final Rule PATTERN = builtIn("pattern", Severity.ERROR,
            "A string does not have the required form (for example a decimal cost).");
    /** A string is not a valid {@code date-time} or {@code uuid}. */
    public static final Rule FORMAT = builtIn("format", Severity.ERROR, "A string is not a valid date-time or UUID.");
    /** A member that the provider does not document. */
    public static final Rule UNKNOWN_PROPERTY = builtIn("unknown-property", Severity.WARNING,
            "A member the provider does not document.");
    /** The text is not JSON. */
    public static final Rule MALFORMED_JSON = builtIn("malformed-json", Severity.ERROR, "The text is not JSON.");
    /** An object names the same member twice; parsers disagree on which value wins. */
    public static final Rule DUPLICATE_KEY = builtIn("duplicate-key", Severity.ERROR, "An object names the same member twice.");
    /** The input exceeds one of the {@link Limits}. */
    public static final Rule LIMIT_EXCEEDED = builtIn("limit-exceeded", Severity.ERROR,
            "The input exceeds a size or depth limit.");
    /** The input could not be read at all. */
    public static final Rule UNREADABLE = builtIn("unreadable", Severity.ERROR, "The input could not be read.");
    /** {@code auto} was asked for and no bundled schema fits the document. */
    public static final Rule UNDETECTED_SCHEMA = builtIn("undetected-schema", Severity.ERROR,
            "No bundled schema fits the document.");
    /**
     * A delivery's signature header is missing, malformed or does not match the raw body (Runflow's
     * {@code Runflow-Signature}, see {@link RunflowSignature}).
     */
    public static final Rule SIGNATURE = builtIn("signature", Severity.ERROR,
            "A delivery's signature header is missing, malformed or does not match its raw body.");
    /** Any other schema constraint. */
    public static final Rule CONSTRAINT = builtIn("constraint", Severity.ERROR, "A schema constraint is not met.");
    /**
     * A Pact matching rule accepts values the schema rejects (a {@code type} matcher on an enum, a
     * regex that admits other values, a number matcher on a decimal string). Pact files only.
     */
    public static final Rule LOOSE_MATCHER = builtIn("loose-matcher", Severity.WARNING,
            "A Pact matching rule accepts values the schema rejects.");

    static {
        // The rules stated in the bundled rule tables are known from the start, like the built-ins.
        BundledRuleTables.defineRules();
    }

    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final int order;

    private Rule(String id, Severity defaultSeverity, String description, int order) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.order = order;
    }

    private static Rule builtIn(String id, Severity defaultSeverity, String description) {
        return define(id, defaultSeverity, description);
    }

    /**
     * The rule with this id: the one already known, or a new one with this default severity and
     * description, known from now on. How rules stated in a rule table become rules.
     *
     * @throws IllegalArgumentException when the id is not kebab-case, or names a known rule with
     *     another default severity
     */
    public static Rule define(String id, Severity defaultSeverity, String description) {
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
        if (id == null || !id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case, such as lifecycle-ended-before-started");
        }
        synchronized (BY_ID) {
            Rule known = BY_ID.get(id);
            if (known != null) {
                if (known.defaultSeverity != defaultSeverity) {
                    throw new IllegalArgumentException("rule '" + id + "' is already defined with default severity "
                            + known.defaultSeverity.id());
                }
                return known;
            }
            Rule rule = new Rule(id, defaultSeverity, description, BY_ID.size());
            BY_ID.put(id, rule);
            return rule;
        }
    }

    /** The id used in reports, for example {@code unknown-property}. */
    public String id() {
        return id;
    }

    /** The severity this rule has unless a policy says otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the rule checks, in one sentence (SARIF shows it as the rule's description). */
    public String description() {
        return description;
    }

    /** The order rules were defined in: built-ins first. Sorts violations at one place. */
    int order() {
        return order;
    }

    /** Every known rule, built-ins first, in the order they were defined. */
    public static List<Rule> values() {
        synchronized (BY_ID) {
            return List.copyOf(new ArrayList<>(BY_ID.values()));
        }
    }

    /**
     * Reads a rule from its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted ids when {@code id} is none of them
     */
    public static Rule fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        Rule rule = BY_ID.get(key);
        if (rule == null) {
            // Rules stated in the bundled rule tables are defined when the catalogue is read.
            SchemaCatalogue.bundled();
            rule = BY_ID.get(key);
        }
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule '" + id + "'; expected one of "
                    + String.join(", ", values().stream().map(Rule::id).toList()));
        }
        return rule;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule rule && rule.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id. */
    @Override
    public String toString() {
        return id;
    }
}
