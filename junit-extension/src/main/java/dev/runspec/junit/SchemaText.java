package dev.runspec.junit;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.VerdictWords;

/** How messages name the schema a document was checked against (the words every front end shares). */
final class SchemaText {

    private SchemaText() {
    }

    /** {@code "runflow-v1"}, {@code "runflow-v1" (detected by shape)} or {@code auto (no bundled schema fits)}. */
    static String of(String requested, ValidationResult result) {
        return VerdictWords.schema(requested, result);
    }

    /** For several documents: {@code "runflow-v1"}, or {@code auto (each document by its shape)}. */
    static String of(String requested) {
        return VerdictWords.schema(requested);
    }

    static String quoted(String id) {
        return VerdictWords.quoted(id);
    }
}
