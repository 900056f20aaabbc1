package dev.runspec.cli;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
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

/** {@code runspec validate}: checks files, folders and standard input, and writes one report over all of them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks recorded run responses against the bundled schemas.",
            "A folder is searched recursively for *.json and *.ndjson files (hidden entries skipped);"
                    + " each NDJSON line is one response, reported with its line number. - reads standard input."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input conforms",
            "1:an input does not conform (malformed JSON included)",
            "2:usage error: unknown option or schema id, missing path, nothing to check",
            "3:internal error (a bug in runspec)",
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RunspecCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to check, or - for standard input.")
    private List<String> paths;

    @Option(names = {"-s", "--schema"}, paramLabel = "ID", defaultValue = RunValidator.AUTO,
            description = "Schema to check against (see 'runspec schemas'), or auto to pick one per response"
                    + " by its shape. Default: ${DEFAULT-VALUE}.")
    private String schema;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--ndjson", description = "Read standard input as NDJSON, one response per line.")
    private boolean standardInputLines;

    @Mixin
    private ReportOptions reportOptions;

    @Mixin
    private LimitOptions limitOptions;

    @Mixin
    private SignatureOptions signatureOptions;

    @Override
    public Integer call() throws Exception {
        Environment environment = root.environment();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> notes = note -> {
            err.println("runspec: " + note);
            err.flush();
        };
        try {
            RunValidator validator = RunValidator.builder()
                    .policy(policyOptions.applyTo(SeverityPolicy.defaults()))
                    .limits(limitOptions.limits())
                    .build();
            requireKnownSchema(validator.catalogue());
            Optional<SignedDelivery> signed = signatureOptions.resolve(environment.variables());
            List<Input> inputs = new InputCollector(environment.workingDirectory(), notes).collect(paths, standardInputLines);
            if (signed.isPresent() && (inputs.size() != 1 || inputs.get(0).lines())) {
                throw new UsageException("--signature checks one delivery: give one JSON file or - (got "
                        + (inputs.size() == 1 ? "an NDJSON input" : inputs.size() + " inputs") + ")");
            }
            ReportDestination destination = new ReportDestination(reportOptions, environment, spec.commandLine().getOut());
            destination.check(inputs);
            List<InputResult> results = new InputChecker(validator, schema, environment.in(),
                    Progress.forEnvironment(environment), notes, signed).check(inputs);
            ValidationReport report = new ValidationReport(results);
            destination.write(report);
            return report.fails(policyOptions.failOn) ? ExitStatus.DOES_NOT_CONFORM : ExitStatus.CONFORMS;
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void requireKnownSchema(SchemaCatalogue catalogue) {
        try {
            catalogue.requireKnownOrAuto(schema);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
