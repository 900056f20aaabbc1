package dev.runspec.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one delivery's signature: valid, missing, malformed or not matching, with a
 * one-line reason that never contains the secret or the signature the secret would give.
 *
 * @param outcome what was found
 * @param reason one line in plain words
 */
public record SignatureVerdict(Outcome outcome, String reason) {

    /** What a signature check found. */
    public enum Outcome {
        /** The header matches the raw body. */
        VALID,
        /** The delivery has no signature header. */
        MISSING,
        /** The header is not a signature at all: the wrong length, or not hex. */
        MALFORMED,
        /** The header is a well-formed signature of something else. */
        MISMATCH
    }

    /** Checks both parts are there. */
    public SignatureVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when the header matches the raw body. */
    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    /**
     * The verdict as a violation of {@link Rule#SIGNATURE} on the whole document ({@code ""}, at
     * 1:1), with the severity {@code policy} gives that rule; empty when the signature is valid.
     * Add it to the body's verdict with {@link ValidationResult#withViolations}.
     */
    public Optional<Violation> violation(SeverityPolicy policy) {
        if (isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Violation("", Rule.SIGNATURE, policy.severityOf(Rule.SIGNATURE),
                "hex HMAC-SHA256 of the raw body", outcome.name().toLowerCase(java.util.Locale.ROOT), reason, 1, 1));
    }
}
