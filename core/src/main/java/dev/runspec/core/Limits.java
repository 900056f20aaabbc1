package dev.runspec.core;


/**
 * Bounds on a single input, so that hostile or broken recordings get a clear verdict instead of
 * exhausting memory. Each limit has a stable name ({@link Limit}), used in messages and reports:
 * {@code max-document-size}, {@code max-nesting-depth}, {@code max-string-length} and
 * {@code max-number-length}; each front end names its own setting for it.
 *
 * @param maxDocumentBytes largest document, in bytes (default 16 MiB)
 * @param maxNestingDepth deepest nesting of arrays and objects (default 500)
 * @param maxStringLength longest string value, in characters (default 8 Mi)
 * @param maxNumberLength longest number literal, in characters (default 1,000)
 */
public record Limits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    private static final Limits DEFAULTS = new Limits(16L * 1024 * 1024, 500, 8 * 1024 * 1024, 1000);

    /** Validates that every limit is positive. */
    public Limits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("every limit must be a positive number");
        }
    }

    /** The safe defaults. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** A copy with another {@code max-document-size}. */
    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /** A copy with another {@code max-nesting-depth}. */
    public Limits withMaxNestingDepth(int depth) {
        return new Limits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }

    /** A copy with another {@code max-string-length}. */
    public Limits withMaxStringLength(int length) {
        return new Limits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
    }

    /** A copy with another {@code max-number-length}. */
    public Limits withMaxNumberLength(int length) {
        return new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
    }
}
