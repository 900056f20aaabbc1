package dev.runspec.core;

import dev.runspec.core.internal.ViolationText;
import java.util.List;

/**
 * One way a response drifts from its schema, as data.
 *
 * @param pointer JSON Pointer of the offending value; for a missing member, the pointer the member
 *     would have ({@code /created_at}); {@code ""} for the whole document
 * @param rule what is broken
 * @param severity how much it matters, under the policy in force
 * @param expected what the schema allows: a type name, a format, a pattern, a list of values, or
 *     {@code null}
 * @param actual what the document holds: a string (shortened when long), number, boolean, a short
 *     description of an object or array, or {@code null}
 * @param message one line in plain words, for people
 * @param line 1-based line of the value in the source text, or 0 when unknown
 * @param column 1-based column of the value in the source text, or 0 when unknown
 * @param related other places the violation speaks of (another member, an earlier response); often none
 */
public record Violation(
        String pointer,
        Rule rule,
        Severity severity,
        Object expected,
        Object actual,
        String message,
        int line,
        int column,
        List<RelatedLocation> related) {

    /** Copies {@code related}, so a violation never changes. */
    public Violation {
        related = List.copyOf(related);
    }

    /** A violation that speaks of one place only. */
    public Violation(String pointer, Rule rule, Severity severity, Object expected, Object actual, String message,
            int line, int column) {
        this(pointer, rule, severity, expected, actual, message, line, column, List.of());
    }

    /** This violation with another message. */
    public Violation withMessage(String message) {
        return new Violation(pointer, rule, severity, expected, actual, message, line, column, related);
    }

    /** This violation at another place in the source text. */
    public Violation withPosition(int line, int column) {
        return new Violation(pointer, rule, severity, expected, actual, message, line, column, related);
    }

    /** This violation at another pointer, its position unchanged. */
    public Violation withPointer(String pointer) {
        return new Violation(pointer, rule, severity, expected, actual, message, line, column, related);
    }

    /** This violation speaking of these other places too. */
    public Violation withRelated(List<RelatedLocation> related) {
        return new Violation(pointer, rule, severity, expected, actual, message, line, column, related);
    }

    /** {@code line:column}, or {@code ?} when the position is unknown. */
    public String position() {
        return line > 0 ? line + ":" + column : "?";
    }

    /**
     * {@code line:col: /pointer: message [rule]}, the form build logs and IDEs link, with the
     * severity after the rule when it is not an error: {@code [unknown-property, warning]}.
     */
    @Override
    public String toString() {
        return ViolationText.of(this);
    }
}
