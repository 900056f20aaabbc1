package dev.runspec.cli;

/** The exit statuses of every runspec command. */
final class ExitStatus {

    /** Every input conforms. */
    static final int CONFORMS = 0;
    /** At least one input does not conform, malformed or unreadable input included. */
    static final int DOES_NOT_CONFORM = 1;
    /** The command line is wrong: an unknown option or schema id, a missing path. Nothing was checked. */
    static final int USAGE_ERROR = 2;
    /** A bug in runspec; the one-line message says what broke. */
    static final int INTERNAL_ERROR = 3;

    private ExitStatus() {
    }
}
