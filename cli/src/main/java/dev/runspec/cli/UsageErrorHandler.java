package dev.runspec.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error as one line on standard error, naming the command and where its help is,
 * and exits with status 2. The full usage is left to {@code --help}, so that a CI log shows the
 * reason and nothing else.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(reason(e));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))).append('?');
            }
        }
        line.append(" (see '").append(name).append(" --help')");
        command.getErr().println(line);
        command.getErr().flush();
        return ExitStatus.USAGE_ERROR;
    }

    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.strip().lines().findFirst().orElse("").strip();
        if (first.length() > 1 && Character.isUpperCase(first.charAt(0)) && Character.isLowerCase(first.charAt(1))) {
            first = Character.toLowerCase(first.charAt(0)) + first.substring(1);
        }
        return first;
    }
}
