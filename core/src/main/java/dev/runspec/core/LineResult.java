package dev.runspec.core;

/**
 * The verdict on one line of an NDJSON file, where each line is one response.
 *
 * @param lineNumber 1-based line of the file
 * @param result the verdict; its violations carry this line number
 */
public record LineResult(long lineNumber, ValidationResult result) {
}
