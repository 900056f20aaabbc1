package dev.runspec.core.internal;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>The one way a violation is written for people, by every report, build log and failure
 * message: {@code [input:]line:col: /pointer: message [rule]}, with the severity after the rule
 * when it is not an error ({@code [unknown-property, warning]}), the form IDEs and CI logs link.
 * Each related place follows the message in parentheses: {@code (started_at: 4:15)} when its
 * description is the member's own name, {@code (the previous poll: runs.ndjson:3:1 /status)} else.
 */
public final class ViolationText {

    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RESET = "\u001B[0m";

    private ViolationText() {
    }

    /** {@code line:col: /pointer: message [rule]}, {@code ?} where the position is unknown. */
    public static String of(Violation violation) {
        return body(violation.position(), violation, false);
    }

    /**
     * The line for one violation of a named input: {@code input:line:col: ...}; where the violation
     * has no position, the input's own line (an NDJSON line) or nothing stands in for it.
     */
    public static String of(String input, long inputLine, Violation violation, boolean color) {
        String position = violation.line() > 0 ? violation.line() + ":" + violation.column()
                : inputLine > 0 ? Long.toString(inputLine) : "";
        return input + (position.isEmpty() ? "" : ":" + position) + ": " + body(null, violation, color);
    }

    private static String body(String position, Violation violation, boolean color) {
        StringBuilder line = new StringBuilder();
        if (position != null) {
            line.append(position).append(": ");
        }
        line.append(violation.pointer().isEmpty() ? "(document)" : violation.pointer())
                .append(": ").append(violation.message());
        for (RelatedLocation place : violation.related()) {
            line.append(" (").append(place.description()).append(": ")
                    .append(place.input() == null ? "" : place.input() + ":").append(place.position())
                    .append(place.pointer().isEmpty() || place.pointer().equals("/" + place.description()) ? "" : " " + place.pointer())
                    .append(')');
        }
        line.append(" [");
        String tag = violation.rule().id() + (violation.severity() == Severity.ERROR ? "" : ", " + violation.severity().id());
        if (color) {
            line.append(violation.severity() == Severity.ERROR ? RED : YELLOW).append(tag).append(RESET);
        } else {
            line.append(tag);
        }
        return line.append(']').toString();
    }
}
