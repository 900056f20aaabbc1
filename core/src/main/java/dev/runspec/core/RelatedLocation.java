package dev.runspec.core;

/**
 * Another place a violation speaks of: the other member of a comparison ({@code started_at} for
 * "ended before it started"), or the same member in an earlier response of a poll sequence.
 * Every report shows it: JSON {@code related}, SARIF {@code relatedLocations}, text and JUnit XML
 * in the line.
 *
 * @param description what this place is, in a few words: {@code started_at}, {@code the previous poll}
 * @param input the input it is in, or {@code null} for the violation's own input
 * @param pointer JSON Pointer of the value there
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record RelatedLocation(String description, String input, String pointer, int line, int column) {

    /** {@code line:column}, or {@code ?} when the position is unknown. */
    public String position() {
        return line > 0 ? line + ":" + column : "?";
    }
}
