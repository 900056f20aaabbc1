package dev.runspec.core;

import java.util.Optional;

/**
 * One of the {@link Limits}, by the name messages and reports use. A {@link Rule#LIMIT_EXCEEDED}
 * violation names the limit it hit in its {@code expected} value ({@code "max-nesting-depth"}), so
 * that a front end can say how to raise that limit in its own terms without reading the message.
 */
public enum Limit {

    /** Largest document, or NDJSON line, in bytes. */
    MAX_DOCUMENT_SIZE("max-document-size"),
    /** Deepest nesting of arrays and objects. */
    MAX_NESTING_DEPTH("max-nesting-depth"),
    /** Longest string value or member name, in characters. */
    MAX_STRING_LENGTH("max-string-length"),
    /** Longest number literal, in characters. */
    MAX_NUMBER_LENGTH("max-number-length");

    private final String id;
    private final String camelCase;

    Limit(String id) {
        this.id = id;
        this.camelCase = java.util.regex.Pattern.compile("-(\\w)").matcher(id)
                .replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    /** The stable name, such as {@code max-nesting-depth}. */
    public String id() {
        return id;
    }

    /** The name in camel case, as settings in Java and XML spell it: {@code maxNestingDepth}. */
    public String camelCase() {
        return camelCase;
    }

    /** This limit's value in {@code limits}. */
    public long valueIn(Limits limits) {
        return switch (this) {
            case MAX_DOCUMENT_SIZE -> limits.maxDocumentBytes();
            case MAX_NESTING_DEPTH -> limits.maxNestingDepth();
            case MAX_STRING_LENGTH -> limits.maxStringLength();
            case MAX_NUMBER_LENGTH -> limits.maxNumberLength();
        };
    }

    /** The limit a {@link Rule#LIMIT_EXCEEDED} violation hit; empty for any other violation. */
    public static Optional<Limit> of(Violation violation) {
        if (violation.rule() != Rule.LIMIT_EXCEEDED) {
            return Optional.empty();
        }
        for (Limit limit : values()) {
            if (limit.id.equals(violation.expected())) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
