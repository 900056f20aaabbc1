package dev.runspec.core.internal.schema;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>What a schema says about one member, in the terms that decide how a value for it is made
 * (an example, a generated run) or matched (a Pact matcher).
 */
public enum FieldKind {
    /** A string from a closed set of values: in Pact, a regex of exactly those values. */
    ENUM,
    /** A string with documented values but an open set: in Pact, matched by type. */
    KNOWN_VALUES,
    /** A string in {@code uuid} format. */
    UUID,
    /** A string in {@code date-time} format (RFC 3339). */
    DATE_TIME,
    /** A decimal number written as a string (the providers' cost pattern, {@link SchemaNode#PUBLISHED_DECIMAL}). */
    DECIMAL,
    /** A string with any other pattern (runspec has no portable Pact matcher for one). */
    PATTERN,
    /** Any string. */
    STRING,
    /** A JSON integer. */
    INTEGER,
    /** Any JSON number. */
    NUMBER,
    /** A JSON boolean. */
    BOOLEAN,
    /** A JSON object, with or without documented members. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** Any JSON value: the schema names no type. */
    ANY
}
