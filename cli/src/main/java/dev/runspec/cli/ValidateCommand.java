package dev.runspec.cli;

import dev.runspec.core.RunValidator;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.core.wiremock.StubMappingChecker;
import java.util.ArrayList;
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
                    + " each NDJSON line is one response, reported with its line number. - reads standard input.",
            "--wiremock DIR checks WireMock stubs: each stub whose request fetches a run (mapped as 'runspec pact' maps"
                    + " interactions) is one input, named FILE#stub-name, and the body it would serve is validated."
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

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders to check, or - for standard input.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--wiremock", paramLabel = "DIR",
            description = "A WireMock root (holding mappings/ and __files/), its mappings folder or one mapping file:"
                    + " each stub whose request fetches a run is checked as the jsonBody, body or bodyFileName it would"
                    + " serve. Templated and non-JSON bodies are noted as not checked. Repeatable.")
    private List<String> wiremock = new ArrayList<>();

    @Option(names = "--map", paramLabel = "MAPPING",
            description = "With --wiremock: map more requests to a schema, tried before the defaults (GET /run/{id},"
                    + " GET /run?run_id=, GET /v1/runs/{id}): METHOD /path/{id}[?param=] [STATUS]=schema-id, for example"
                    + " 'GET /gateway/runs/{id}=runflow-v1'. Repeatable.")
    private List<String> mappings = new ArrayList<>();

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
        Consumer<String> notes = CommandSetup.notesTo(spec.commandLine().getErr());
        try {
            RunValidator validator = CommandSetup.validator(policyOptions, limitOptions);
            CommandSetup.requireKnownSchema(validator.catalogue(), schema);
            if (paths.isEmpty() && wiremock.isEmpty()) {
                throw new UsageException("name a PATH to check, or a WireMock root with --wiremock DIR");
            }
            if (!mappings.isEmpty() && wiremock.isEmpty()) {
                throw new UsageException("--map maps WireMock stubs to schemas; name their root with --wiremock DIR");
            }
            Optional<SignedDelivery> signed = signatureOptions.resolve(environment.variables());
            StubMappingChecker stubs = wiremock.isEmpty() ? null : WireMockInputs.checker(
                    policyOptions.applyTo(StubMappingChecker.defaultPolicy()), limitOptions.limits(), mappings);
            new WireMockInputs(environment.workingDirectory(), notes).noteRootsAmong(paths);
            List<Input> inputs = paths.isEmpty() ? List.of()
                    : new InputCollector(environment.workingDirectory(), notes).collect(paths, standardInputLines);
            if (signed.isPresent() && (inputs.size() != 1 || inputs.get(0).lines() || !wiremock.isEmpty())) {
                throw new UsageException("--signature checks one delivery: give one JSON file or - (got "
                        + (inputs.size() == 1 && wiremock.isEmpty() ? "an NDJSON input" : inputs.size() + " inputs"
                        + (wiremock.isEmpty() ? "" : " and WireMock stubs")) + ")");
            }
            List<Input> stubFiles = wiremock.isEmpty() ? List.of()
                    : new WireMockInputs(environment.workingDirectory(), notes).collect(wiremock);
            ReportDestination destination = new ReportDestination(reportOptions, environment, spec.commandLine().getOut());
            List<Input> all = new ArrayList<>(inputs);
            all.addAll(stubFiles);
            destination.check(all);
            List<InputResult> results = new ArrayList<>(new InputChecker(validator, schema, environment.in(),
                    Progress.forEnvironment(environment), notes, signed).check(inputs));
            if (stubs != null) {
                results.addAll(WireMockInputs.check(stubs, stubFiles));
            }
            ValidationReport report = new ValidationReport(results);
            destination.write(report);
            return report.fails(policyOptions.failOn) ? ExitStatus.DOES_NOT_CONFORM : ExitStatus.CONFORMS;
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
