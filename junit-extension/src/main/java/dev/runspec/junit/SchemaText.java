package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;

/** How messages name the schema a document was checked against. */
final class SchemaText {

    private SchemaText() {
    }

    /** {@code "runflow-v1"}, {@code "runflow-v1" (detected by shape)} or {@code auto (no bundled schema fits)}. */
    static String of(String requested, ValidationResult result) {
        if (!RunValidator.AUTO.equals(requested)) {
            return quoted(requested);
        }
        if (RunValidator.AUTO.equals(result.schemaId())) {
            return "auto (no bundled schema fits)";
        }
        return quoted(result.schemaId()) + " (detected by shape)";
    }

    /** For several documents: {@code "runflow-v1"}, or {@code auto (each document by its shape)}. */
    static String of(String requested) {
        return RunValidator.AUTO.equals(requested) ? "auto (each document by its shape)" : quoted(requested);
    }

    static String quoted(String id) {
        return "\"" + id + "\"";
    }
}
