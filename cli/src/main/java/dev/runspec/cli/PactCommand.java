package dev.runspec.cli;

import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.pact.PactChecker;
import java.util.ArrayList;
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

/** {@code runspec pact}: checks pact files (V2, V3, V4) whose interactions fetch runs, in one report. */
@Command(
        name = "pact",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks pact files against the bundled schemas: each interaction that fetches a run is one input,"
                    + " named FILE#description (given state).",
            "Its response body is validated like a recorded response, and matching rules that accept values the"
                    + " schema rejects are reported as loose-matcher warnings. Members a contract leaves out are info.",
            "Interactions map to schemas by request: GET /run/{id} to comfydeploy-v2 (a 422 to comfydeploy-v2-error),"
                    + " GET /run?run_id= to comfydeploy-v1, GET /v1/runs/{id} to runflow-v1; a base path in front is allowed."
                    + " A folder is searched recursively for *.json files."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every interaction conforms",
            "1:an interaction does not conform, or a pact file cannot be read",
            "2:usage error: unknown option, schema id or mapping, missing path",
            "3:internal error (a bug in runspec)",
        })
final class PactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RunspecCommand root;

    @Parameters(arity = "1..*", paramLabel = "PACTFILE", description = "Pact files, or folders of them.")
    private List<String> paths;

    @Option(names = "--map", paramLabel = "MAPPING",
            description = "Map more requests to a schema, tried before the defaults (and replacing a default for the same"
                    + " requests): METHOD /path/{id}[?param=] [STATUS]=schema-id, for example 'GET /runs/{id}=runflow-v1';"
                    + " or message:TEXT=schema-id for the messages whose description or a metadata value is TEXT."
                    + " Repeatable.")
    private List<String> mappings = new ArrayList<>();

    @Mixin
    private PolicyOptions policyOptions;

    @Mixin
    private ReportOptions reportOptions;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() throws Exception {
        Environment environment = root.environment();
        Consumer<String> notes = CommandSetup.notesTo(spec.commandLine().getErr());
        try {
            PactChecker checker = checker();
            List<Input> inputs = new InputCollector(environment.workingDirectory(), notes, true).collect(paths, false);
            if (inputs.stream().anyMatch(Input::isStandardInput)) {
                throw new UsageException("pact reads pact files, not standard input (-)");
            }
            ReportDestination destination = new ReportDestination(reportOptions, environment, spec.commandLine().getOut());
            destination.check(inputs);
            List<InputResult> results = new ArrayList<>();
            for (Input input : inputs) {
                for (InputResult result : checker.check(input.path(), input.name())) {
                    results.add(new InputResult(result.input(), result.line(), Advice.forLimits(result.result())));
                }
            }
            ValidationReport report = new ValidationReport(results);
            destination.write(report);
            return report.fails(policyOptions.failOn) ? ExitStatus.DOES_NOT_CONFORM : ExitStatus.CONFORMS;
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private PactChecker checker() {
        PactChecker.Builder builder = PactChecker.builder()
                .policy(policyOptions.applyTo(PactChecker.defaultPolicy()))
                .limits(limitOptions.limits());
        try {
            for (String mapping : mappings) {
                builder.map(mapping);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--map: " + e.getMessage());
        }
    }
}
