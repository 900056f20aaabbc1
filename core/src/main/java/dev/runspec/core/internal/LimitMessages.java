package dev.runspec.core.internal;

import dev.runspec.core.Limit;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import dev.runspec.shaded.jackson.core.exc.StreamConstraintsException;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>Verdicts for inputs beyond the {@link Limits}: which limit, its value and, where known, the
 * size found. The violation's {@code expected} is the {@link Limit}'s name; how to raise the limit
 * is each front end's to add ({@link dev.runspec.core.ValidationResult#withAdvice}).
 */
public final class LimitMessages {

    private LimitMessages() {
    }

    /** {@code the document is N bytes, more than the max-document-size limit of M bytes}. */
    public static Violation documentTooLarge(long size, Limits limits, PolicyLabels labels) {
        return labels.violation("", Rule.LIMIT_EXCEEDED, Limit.MAX_DOCUMENT_SIZE.id(), size,
                documentTooLargeText(size, limits), 1, 1);
    }

    /** The message of {@link #documentTooLarge}. */
    public static String documentTooLargeText(long size, Limits limits) {
        return "the document is " + size + " bytes, more than the " + Limit.MAX_DOCUMENT_SIZE + " limit of "
                + limits.maxDocumentBytes() + " bytes";
    }

    /**
     * For a stream or reader that was read only up to the limit: its whole size is not known, only
     * that it is larger, so the message claims no size.
     */
    public static Violation documentOverLimit(Limits limits, PolicyLabels labels) {
        return labels.violation("", Rule.LIMIT_EXCEEDED, Limit.MAX_DOCUMENT_SIZE.id(), null,
                "the document is more than the " + Limit.MAX_DOCUMENT_SIZE + " limit of " + limits.maxDocumentBytes() + " bytes",
                1, 1);
    }

    /** The verdict on a document the parser stopped at one of its limits, at {@code line:column}. */
    public static Violation fromConstraint(StreamConstraintsException e, Limits limits, PolicyLabels labels, int line, int column) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Limit limit;
        String what;
        if (raw.contains("nesting depth")) {
            limit = Limit.MAX_NESTING_DEPTH;
            what = "arrays and objects nest deeper than";
        } else if (raw.contains("Number value length") || raw.contains("Number length")) {
            limit = Limit.MAX_NUMBER_LENGTH;
            what = "a number has more digits than";
        } else if (raw.contains("Name length")) {
            limit = Limit.MAX_STRING_LENGTH;
            what = "a member name is longer than";
        } else {
            limit = Limit.MAX_STRING_LENGTH;
            what = "a string is longer than";
        }
        return labels.violation("", Rule.LIMIT_EXCEEDED, limit.id(), null, exceededText(what, limit, limits), line, column);
    }

    /** {@code WHAT the LIMIT limit of N[ unit]}, the unit being levels or characters where it has one. */
    public static String exceededText(String what, Limit limit, Limits limits) {
        String unit = switch (limit) {
            case MAX_NESTING_DEPTH -> " levels";
            case MAX_STRING_LENGTH -> " characters";
            case MAX_DOCUMENT_SIZE -> " bytes";
            case MAX_NUMBER_LENGTH -> "";
        };
        return what + " the " + limit + " limit of " + limit.valueIn(limits) + unit;
    }
}
