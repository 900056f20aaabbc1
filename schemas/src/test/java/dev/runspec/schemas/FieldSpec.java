package dev.runspec.schemas;

/**
 * One row of a model table, with nullability already settled from the Type and Nullable columns.
 *
 * @param format  JSON Schema format, or null
 * @param values  name of the enum table that lists the allowed or known values, or null
 * @param pattern regular expression the string must match, or null
 */
record FieldSpec(String name, TypeExpression type, boolean required, boolean nullable,
        String format, String values, String pattern, String description, int line) {
}
