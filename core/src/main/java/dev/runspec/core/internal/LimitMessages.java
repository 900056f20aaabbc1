package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import dev.runspec.shaded.jackson.core.exc.StreamConstraintsException;

/** Verdicts for inputs beyond the {@link Limits}, each naming the limit and how to raise it. */
public final class LimitMessages {

    private LimitMessages() {
    }

    public static Violation documentTooLarge(long size, Limits limits, PolicyLabels labels) {
        return labels.violation("", Rule.LIMIT_EXCEEDED, limits.maxDocumentBytes(), size,
                "the document is " + size + " bytes, more than the max-document-size limit of "
                        + limits.maxDocumentBytes() + " bytes" + howToRaise("max-document-size", "maxDocumentSize"),
                1, 1);
    }

    /**
     * For a stream or reader that was read only up to the limit: its whole size is not known, only
     * that it is larger, so the message claims no size.
     */
    public static Violation documentOverLimit(Limits limits, PolicyLabels labels) {
        return labels.violation("", Rule.LIMIT_EXCEEDED, limits.maxDocumentBytes(), null,
                "the document is more than the max-document-size limit of " + limits.maxDocumentBytes() + " bytes"
                        + howToRaise("max-document-size", "maxDocumentSize"),
                1, 1);
    }

    public static Violation fromConstraint(StreamConstraintsException e, Limits limits, PolicyLabels labels, int line, int column) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        Object expected;
        if (raw.contains("nesting depth")) {
            expected = limits.maxNestingDepth();
            message = "arrays and objects nest deeper than the max-nesting-depth limit of " + limits.maxNestingDepth()
                    + " levels" + howToRaise("max-nesting-depth", "maxNestingDepth");
        } else if (raw.contains("Number value length") || raw.contains("Number length")) {
            expected = limits.maxNumberLength();
            message = "a number has more digits than the max-number-length limit of " + limits.maxNumberLength()
                    + howToRaise("max-number-length", "maxNumberLength");
        } else if (raw.contains("Name length")) {
            expected = limits.maxStringLength();
            message = "a member name is longer than the max-string-length limit of " + limits.maxStringLength()
                    + " characters" + howToRaise("max-string-length", "maxStringLength");
        } else {
            expected = limits.maxStringLength();
            message = "a string is longer than the max-string-length limit of " + limits.maxStringLength()
                    + " characters" + howToRaise("max-string-length", "maxStringLength");
        }
        return labels.violation("", Rule.LIMIT_EXCEEDED, expected, null, message, line, column);
    }

    private static String howToRaise(String option, String property) {
        return "; raise it with --" + option + " (command line), runspec." + property
                + " (Maven, JUnit) or Limits (Java) if the document is genuine";
    }
}
