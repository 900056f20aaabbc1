package dev.runspec.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a violation breaks. Each rule has a stable kebab-case id that reports and
 * {@link SeverityPolicy} configurations use.
 */
public enum Rule {
    /** A member the schema requires is absent. */
    REQUIRED("required", Severity.ERROR),
    /** A value is {@code null} where the schema does not allow null. */
    NULL("null", Severity.ERROR),
    /** A value has the wrong JSON type. */
    TYPE("type", Severity.ERROR),
    /** A value lies outside a closed set of values. */
    ENUM("enum", Severity.ERROR),
    /** A value lies outside the known values of a field the provider types as a plain string. */
    UNKNOWN_VALUE("unknown-value", Severity.WARNING),
    /** A string does not match the schema's pattern (for example a cost that is not a decimal). */
    PATTERN("pattern", Severity.ERROR),
    /** A string is not a valid {@code date-time} or {@code uuid}. */
    FORMAT("format", Severity.ERROR),
    /** A member that the provider does not document. */
    UNKNOWN_PROPERTY("unknown-property", Severity.WARNING),
    /** The text is not JSON. */
    MALFORMED_JSON("malformed-json", Severity.ERROR),
    /** An object names the same member twice; parsers disagree on which value wins. */
    DUPLICATE_KEY("duplicate-key", Severity.ERROR),
    /** The input exceeds one of the {@link Limits}. */
    LIMIT_EXCEEDED("limit-exceeded", Severity.ERROR),
    /** The input could not be read at all. */
    UNREADABLE("unreadable", Severity.ERROR),
    /** {@code auto} was asked for and no bundled schema fits the document. */
    UNDETECTED_SCHEMA("undetected-schema", Severity.ERROR),
    /** Any other schema constraint. */
    CONSTRAINT("constraint", Severity.ERROR),
    /**
     * A Pact matching rule accepts values the schema rejects (a {@code type} matcher on an enum, a
     * regex that admits other values, a number matcher on a decimal string). Pact files only.
     */
    LOOSE_MATCHER("loose-matcher", Severity.WARNING);

    private final String id;
    private final Severity defaultSeverity;

    Rule(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /** The id used in reports, for example {@code unknown-property}. */
    public String id() {
        return id;
    }

    /** The severity this rule has unless a policy says otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * Reads a rule from its id, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted ids when {@code id} is none of them
     */
    public static Rule fromId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + id + "'; expected one of "
                + Arrays.stream(values()).map(Rule::id).collect(Collectors.joining(", ")));
    }
}
