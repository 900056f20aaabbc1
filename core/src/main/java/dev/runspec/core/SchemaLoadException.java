package dev.runspec.core;

/**
 * Thrown when a schema cannot be compiled: it is not JSON, it is not a schema, or it refers to a
 * schema outside the catalogue (runspec never fetches anything over the network). The message is
 * one line.
 */
public final class SchemaLoadException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SchemaLoadException(String message) {
        super(message);
    }
}
