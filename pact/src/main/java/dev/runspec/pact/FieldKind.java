package dev.runspec.pact;

/** What a schema says about one member, in the terms that decide its Pact matcher. */
enum FieldKind {
    /** A string from a closed set of values: matched by a regex of exactly those values. */
    ENUM,
    /** A string with documented values but an open set: matched by type. */
    KNOWN_VALUES,
    /** A string in {@code uuid} format. */
    UUID,
    /** A string in {@code date-time} format (RFC 3339). */
    DATE_TIME,
    /** A decimal number written as a string (the providers' cost pattern). */
    DECIMAL,
    /** A string with a pattern runspec has no portable matcher for. */
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
