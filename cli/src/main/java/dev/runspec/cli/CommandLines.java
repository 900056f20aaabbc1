package dev.runspec.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the picocli command line of {@link RunspecCommand} wired to an {@link Environment}. */
final class CommandLines {

    private CommandLines() {
    }

    static CommandLine create(Environment environment) {
        CommandLine commandLine = new CommandLine(new RunspecCommand(environment));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(environment.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(environment.err(), StandardCharsets.UTF_8), true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitStatus.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        return commandLine;
    }
}
