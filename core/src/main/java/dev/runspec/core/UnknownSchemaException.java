package dev.runspec.core;

import java.util.Collection;

/**
 * Thrown when a caller names a schema id the catalogue does not have. Front ends treat it as a
 * usage error; the message is one line and lists the known ids.
 */
public final class UnknownSchemaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnknownSchemaException(String id, Collection<String> knownIds) {
        super("unknown schema id '" + id + "'; known ids: " + String.join(", ", knownIds) + " (or auto)");
    }
}
