package dev.runspec.junit;

import dev.runspec.core.ValidationResult;

/**
 * One response a test recorded: its place in the test, where it came from when known, its
 * verdict, and its body (kept until the test ends, to check the run's sequence).
 */
record RecordedResponse(int number, String origin, ValidationResult result, byte[] body) {

    /** The same response with another verdict (the one that includes its pair with the run's previous response). */
    RecordedResponse withResult(ValidationResult sequenced) {
        return new RecordedResponse(number, origin, sequenced, body);
    }

    /** {@code response 2: GET http://127.0.0.1:8080/run/42 (HTTP 200)}, {@code response 2: HTTP 200} or {@code response 2}. */
    String label() {
        return origin == null ? "response " + number : "response " + number + ": " + origin;
    }
}
