package dev.runspec.schemas;

/**
 * A spec table that cannot be turned into a schema. The message starts with the file and line,
 * so an editor can jump to the row at fault.
 */
final class SpecException extends RuntimeException {

    SpecException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
