package dev.runspec.cli;

/**
 * A usage error found after parsing (a path that does not exist, an output file that is also an
 * input). Commands turn it into a picocli {@code ParameterException}, so it is reported like any
 * other usage error: one line on standard error and exit status 2.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
