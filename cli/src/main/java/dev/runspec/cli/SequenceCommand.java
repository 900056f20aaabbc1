package dev.runspec.cli;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code runspec sequence}: checks poll logs, the responses a client got in the order it got
 * them, each alone and each run's consecutive pairs against the sequence rules; one report, as
 * {@code validate} writes it.
 */
@Command(
        name = "sequence",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks poll logs: run responses in the order a client got them, several runs interleaved."
                    + " Each response is checked alone, then against the previous response of the same run"
                    + " (a finished run that changes status, a status that moves back, progress that goes down, ...).",
            "An NDJSON file is one poll log, one response per line; a JSON file is one response; a folder is read"
                    + " in name order; - reads NDJSON from standard input. All inputs form one sequence, in order."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every response conforms and every run changes as its provider allows",
            "1:a response does not conform or a run changes in a way its provider never allows",
            "2:usage error: unknown option or schema id, missing path, nothing to check",
            "3:internal error (a bug in runspec)",
        })
final class SequenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RunspecCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Poll logs (*.ndjson), responses (*.json) or folders of them, or - for standard input.")
    private List<String> paths;

    @Option(names = {"-s", "--schema"}, paramLabel = "ID", defaultValue = RunValidator.AUTO,
            description = "Schema of the responses (see 'runspec schemas'), or auto to pick one per response"
                    + " by its shape. Default: ${DEFAULT-VALUE}.")
    private String schema;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--idle-gap", paramLabel = "N", converter = LimitOptions.PositiveIntConverter.class,
            description = "Forget a run not seen for N responses, so memory stays bounded. Default: 100000.")
    private Integer idleGap;

    @Option(names = "--finished-runs", paramLabel = "N",
            description = "Remember the last N finished runs, to catch a change after the end. Default: 10000.")
    private Integer finishedRuns;

    @Mixin
    private ReportOptions reportOptions;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() throws Exception {
        Environment environment = root.environment();
        Consumer<String> notes = CommandSetup.notesTo(spec.commandLine().getErr());
        try {
            RunValidator validator = CommandSetup.validator(policyOptions, limitOptions);
            CommandSetup.requireKnownSchema(validator.catalogue(), schema);
            SequenceChecker.Builder checker = SequenceChecker.builder(validator, schema);
            if (idleGap != null) {
                checker.idleGap(idleGap);
            }
            if (finishedRuns != null) {
                if (finishedRuns < 0) {
                    throw new UsageException("--finished-runs must be 0 or more, not " + finishedRuns);
                }
                checker.finishedRuns(finishedRuns);
            }
            List<Input> inputs = new InputCollector(environment.workingDirectory(), notes).collect(paths, true);
            ReportDestination destination = new ReportDestination(reportOptions, environment, spec.commandLine().getOut());
            destination.check(inputs);
            List<InputResult> results = new PollLogReader(checker.build(), environment.in(),
                    Progress.forEnvironment(environment), notes).check(inputs);
            ValidationReport report = new ValidationReport(results);
            destination.write(report);
            return report.fails(policyOptions.failOn) ? ExitStatus.DOES_NOT_CONFORM : ExitStatus.CONFORMS;
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
