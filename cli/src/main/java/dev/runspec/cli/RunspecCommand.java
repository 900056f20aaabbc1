package dev.runspec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code runspec}. Each subcommand is its own class, registered below; a
 * subcommand reaches the {@link Environment} through {@code @ParentCommand RunspecCommand}, and a
 * command that writes a report reuses {@link ReportOptions}, {@link ReportDestination} and
 * {@link ExitStatus}.
 */
@Command(
        name = "runspec",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Checks the \"get run\" responses of ComfyUI deployment platforms (ComfyDeploy v1/v2, Runflow)"
                + " against their published contracts.",
        subcommands = {ValidateCommand.class, SequenceCommand.class, PactCommand.class, SchemasCommand.class, RulesCommand.class, GenerateCommand.class,
            SimulateCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'runspec COMMAND --help' for a command's options.")
final class RunspecCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private final Environment environment;

    RunspecCommand(Environment environment) {
        this.environment = environment;
    }

    /** The streams, working directory and terminal the command runs with. */
    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "no command given; use one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
