package dev.runspec.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last line of defence: an exception no command expected is a bug in runspec. It is reported
 * as one line (never a stack trace) with exit status 3, unless {@code RUNSPEC_DEBUG} is set.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": internal error: "
                + e.getClass().getSimpleName() + ": " + UsageErrorHandler.reason(e)
                + " (a bug in runspec; set RUNSPEC_DEBUG=1 for the stack trace)");
        if (System.getenv("RUNSPEC_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        command.getErr().flush();
        return ExitStatus.INTERNAL_ERROR;
    }
}
