package dev.runspec.simulator;

/**
 * What one response does wrong, as a {@link FaultPlan} decided: answers with an error status
 * ({@code 429} with {@code Retry-After}, {@code 500}, {@code 502}, {@code 503}), resets the
 * connection, closes it without a response, or serves a drifted body (a near miss of the generator's
 * catalogue).
 *
 * @param kind what goes wrong
 * @param status the HTTP status of a {@link Kind#STATUS} fault
 * @param drift the near-miss id of a {@link Kind#DRIFT} fault
 */
record Fault(Kind kind, int status, String drift) {

    enum Kind { NONE, STATUS, RESET, EMPTY, DRIFT }

    static final Fault NONE = new Fault(Kind.NONE, 0, null);

    /** How the request log names it: {@code 503}, {@code reset}, {@code empty}, {@code drift=...}, or empty. */
    String label() {
        return switch (kind) {
            case NONE -> "";
            case STATUS -> Integer.toString(status);
            case RESET -> "reset";
            case EMPTY -> "empty";
            case DRIFT -> "drift=" + drift;
        };
    }
}
