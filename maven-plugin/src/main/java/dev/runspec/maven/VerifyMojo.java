package dev.runspec.maven;

import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.FailOn;
import dev.runspec.core.UnknownSchemaException;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ReportFormat;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.pact.PactChecker;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks recorded "get run" responses (fixtures), pact files and WireMock stubs against the runspec schemas, shows
 * every violation in the build log as {@code path:line:col: /pointer: message [rule]}, writes the
 * reports and fails the build when a violation reaches {@code failOn}. Incremental: a fixture whose
 * content, schema and settings are unchanged since the last run is not validated again.
 *
 * <p>Runs without a pom too:
 * {@code mvn dev.runspec:runspec-maven-plugin:VERSION:verify -Drunspec.schema=runflow-v1 -Drunspec.fixtures=recordings}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class VerifyMojo extends AbstractMojo {

    /**
     * Folders of fixtures, each with the schema id its fixtures must follow (or {@code auto}) and
     * optional includes and excludes. See {@link FixtureSet}.
     */
    @Parameter
    private List<FixtureSet> fixtureSets;

    /** Schema id for the {@code fixtures} shortcut: one of the bundled ids, or {@code auto} (the default). */
    @Parameter(property = "runspec.schema")
    private String schema;

    /** Shortcut for a single fixture set: the folder of fixtures, checked against {@code schema}. */
    @Parameter(property = "runspec.fixtures")
    private File fixtures;

    /**
     * A folder of pact files (V2, V3 or V4; searched for {@code *.json}), such as the
     * {@code target/pacts} that consumer tests write. Each interaction that fetches a run is one
     * input: its response body is checked against the schema, and matching rules that accept values
     * the schema rejects are {@code loose-matcher} warnings. Members a contract leaves out are info.
     */
    @Parameter(property = "runspec.pacts")
    private File pacts;

    /**
     * More request-to-schema mappings for pact interactions, tried before the defaults, written
     * {@code METHOD /path/{id}[?param=] [STATUS]=schema-id}, for example
     * {@code GET /gateway/runs/{id}=runflow-v1}; or {@code message:TEXT=schema-id} for the messages
     * (V3 message pacts, V4 asynchronous messages) whose description or a metadata value is TEXT.
     */
    @Parameter(property = "runspec.pactMappings")
    private List<String> pactMappings;

    /**
     * A WireMock root (holding {@code mappings/} and {@code __files/}, such as
     * {@code src/test/resources/wiremock}) or its {@code mappings} folder. Each stub whose request
     * fetches a run (mapped as pact interactions are) is one input, named {@code FILE#stub-name}:
     * the {@code jsonBody}, {@code body} or {@code bodyFileName} it would serve is validated.
     * Templated and non-JSON bodies are noted as not checked (info).
     */
    @Parameter(property = "runspec.wiremock")
    private File wiremock;

    /**
     * More request-to-schema mappings for WireMock stubs, tried before the defaults, written as
     * {@code pactMappings} are: {@code METHOD /path/{id}[?param=] [STATUS]=schema-id}.
     */
    @Parameter(property = "runspec.wiremockMappings")
    private List<String> wiremockMappings;

    /**
     * Whether this build's tests write the pact files (Pact consumer tests writing
     * {@code target/pacts}); by default true when {@code pacts} lies under the build directory.
     * Pacts from tests follow the tests: with {@code -DskipTests} or {@code -Dmaven.test.skip} the
     * pact check is skipped (one info line says so), and when the goal runs in the build's
     * lifecycle, pact files older than the build (left by an earlier run) are not checked. Set it
     * to {@code false} for pact files kept in the project, which are then always checked, every one.
     */
    @Parameter(property = "runspec.pactsFromTests")
    private Boolean pactsFromTests;

    /** Read from {@code -DskipTests}: skips the check of pacts that come from tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Read from {@code -Dmaven.test.skip}: skips the check of pacts that come from tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /** Makes members the provider does not document ({@code unknown-property}) errors instead of warnings. */
    @Parameter(property = "runspec.strict", defaultValue = "false")
    private boolean strict;

    /** Severity overrides written {@code rule=severity}, for example {@code unknown-value=error}. */
    @Parameter(property = "runspec.severities")
    private List<String> severities;

    /** The least serious violation that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "runspec.failOn", defaultValue = "error")
    private String failOn;

    /** Reports to write: any of {@code text}, {@code json}, {@code junit}, {@code sarif}. */
    @Parameter(property = "runspec.reportFormats", defaultValue = "text,json")
    private List<String> reportFormats;

    /** Where the reports go; {@code ${project.build.directory}/runspec} ({@code target/runspec}) by default. */
    @Parameter(property = "runspec.reportDirectory")
    private File reportDirectory;

    /** Reuses the verdicts of the last run for fixtures that have not changed since. */
    @Parameter(property = "runspec.incremental", defaultValue = "true")
    private boolean incremental;

    /** Skips the goal. */
    @Parameter(property = "runspec.skip", defaultValue = "false")
    private boolean skip;

    /** Largest document (or NDJSON line): bytes, or a size such as {@code 64M} (suffixes k, M, G; default 16M). */
    @Parameter(property = "runspec.maxDocumentSize")
    private String maxDocumentSize;

    /** Deepest nesting of arrays and objects (default 500). */
    @Parameter(property = "runspec.maxNestingDepth")
    private Integer maxNestingDepth;

    /** Longest string value, in characters (default 8 Mi). */
    @Parameter(property = "runspec.maxStringLength")
    private Integer maxStringLength;

    /** Longest number literal, in characters (default 1,000). */
    @Parameter(property = "runspec.maxNumberLength")
    private Integer maxNumberLength;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private String executionRootDirectory;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    private String executionId;

    @Parameter(defaultValue = "${mojoExecution.lifecyclePhase}", readonly = true)
    private String lifecyclePhase;

    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    private Date buildStartTime;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("runspec: skipped (runspec.skip)");
            return;
        }
        VerifySettings settings = VerifySettings.read(failOn, reportFormats, strict, severities, maxDocumentSize,
                maxNestingDepth, maxStringLength, maxNumberLength);
        FailOn threshold = settings.failOn();
        Set<ReportFormat> formats = settings.formats();
        RunValidator validator = RunValidator.builder()
                .policy(settings.fixturePolicy())
                .limits(settings.limits())
                .build();
        InputNames names = new InputNames(displayBase());
        boolean fromTests = pacts != null && pactsFromTests();
        boolean checkPacts = pacts != null && !(fromTests && testsSkipped(names));
        List<FixtureSet> sets = fixtureSetsInForce(validator, names, checkPacts, fromTests);
        if (sets.isEmpty() && !checkPacts && wiremock == null) {
            return;
        }

        List<InputResult> results = new ArrayList<>();
        verifyIncrementally(scan(sets, names), validator).forEach(checked -> results.addAll(checked.results()));
        if (checkPacts) {
            results.addAll(checkPactFiles(pacts, names, fromTests && lifecyclePhase != null, settings));
        }
        if (wiremock != null) {
            results.addAll(WireMockFolder.check(wiremock, wiremockMappings, settings, names, getLog()));
        }
        ValidationReport report = new ValidationReport(results);
        BuildLog.show(report, getLog());
        List<Path> written = ReportFiles.write(report, formats, reportDirectory());
        if (!written.isEmpty()) {
            getLog().info("runspec: reports: " + written.stream().map(names::of).collect(Collectors.joining(", ")));
        }
        if (report.fails(threshold)) {
            throw new MojoFailureException(report.summaryLine() + "; the build fails on "
                    + switch (threshold) {
                        case WARNING -> "warnings";
                        case INFO -> "any violation";
                        default -> "errors";
                    } + " (failOn=" + threshold.id() + ")");
        }
    }

    /**
     * Checks the pact files under {@code directory} with runspec-pact's checker, under the same
     * severities and limits as the fixtures (starting from the checker's default policy, in which
     * members a contract leaves out are info), and returns one result per interaction that fetches
     * a run. With {@code currentOnly}, files last written before this build started are left out,
     * with one line naming them.
     */
    List<InputResult> checkPactFiles(File directory, InputNames names, boolean currentOnly, VerifySettings settings)
            throws MojoExecutionException {
        PactChecker checker = VerifySettings.setting("pactMappings", () -> pactChecker(settings));
        List<Path> files;
        List<Path> older = List.of();
        try {
            files = PactFolder.files(directory.toPath());
            if (currentOnly && buildStartTime != null) {
                PactFolder.Selection selection = PactFolder.since(files, buildStartTime.toInstant());
                files = selection.current();
                older = selection.older();
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the pact directory " + names.of(directory.toPath()) + ": " + e.getMessage());
        }
        if (!older.isEmpty()) {
            getLog().info("runspec: " + older.size() + (older.size() == 1 ? " pact file" : " pact files")
                    + " older than this build, left by an earlier run, not checked (pactsFromTests): "
                    + older.stream().map(names::of).collect(Collectors.joining(", ")));
        }
        if (files.isEmpty()) {
            getLog().warn("runspec: no pact files (*.json) " + (older.isEmpty() ? "" : "written in this build ")
                    + "in " + names.of(directory.toPath()));
        }
        List<InputResult> results = new ArrayList<>();
        for (Path file : files) {
            for (InputResult result : checker.check(file, names.of(file))) {
                results.add(new InputResult(result.input(), result.line(), Advice.forLimits(result.result())));
            }
        }
        return results;
    }

    /** The pactsFromTests setting, by default whether the pact folder lies under the build directory. */
    private boolean pactsFromTests() {
        if (pactsFromTests != null) {
            return pactsFromTests;
        }
        Path folder = pacts.toPath().toAbsolutePath().normalize();
        return folder.startsWith(buildDirectory().toAbsolutePath().normalize());
    }

    /** Whether the build skips its tests; if so, says in one line that the pact check is skipped with them. */
    private boolean testsSkipped(InputNames names) {
        if (!skipTests && !mavenTestSkip) {
            return false;
        }
        getLog().info("runspec: pact check skipped: the pacts in " + names.of(pacts.toPath())
                + " come from tests, which this build skips (" + (mavenTestSkip ? "maven.test.skip" : "skipTests") + ")");
        return true;
    }

    private PactChecker pactChecker(VerifySettings settings) {
        PactChecker.Builder builder = PactChecker.builder().policy(settings.pactPolicy()).limits(settings.limits());
        if (pactMappings != null) {
            pactMappings.stream().filter(m -> m != null && !m.isBlank()).forEach(m -> builder.map(m.trim()));
        }
        return builder.build();
    }

    /** The configured fixture sets plus the shortcut one, each checked for a known schema id. */
    private List<FixtureSet> fixtureSetsInForce(RunValidator validator, InputNames names, boolean checkPacts,
            boolean fromTests) throws MojoExecutionException {
        List<FixtureSet> sets = new ArrayList<>();
        if (fixtureSets != null) {
            sets.addAll(fixtureSets);
        }
        if (fixtures != null) {
            FixtureSet shortcut = new FixtureSet();
            shortcut.setSchema(schema);
            shortcut.setDirectory(fixtures);
            sets.add(shortcut);
        } else if (schema != null && !schema.isBlank() && sets.isEmpty()) {
            throw new MojoExecutionException("runspec.schema is set to '" + schema
                    + "' but runspec.fixtures is not; name the folder of fixtures with -Drunspec.fixtures=PATH");
        }
        if (sets.isEmpty() && pacts == null && wiremock == null) {
            throw new MojoExecutionException("nothing to verify: configure <fixtureSets>, <pacts> or <wiremock>, or set"
                    + " runspec.fixtures (and runspec.schema); set runspec.skip to skip this goal");
        }
        if (checkPacts && !pacts.isDirectory()) {
            throw new MojoExecutionException("pact directory " + names.of(pacts.toPath()) + " does not exist; "
                    + (fromTests ? "the tests of this build were to write it (pactsFromTests): check that they ran"
                            + " and where they write pacts, or <pacts>/runspec.pacts" : "check <pacts> or runspec.pacts"));
        }
        checkSchemaIds(sets, validator, names);
        return sets;
    }

    private List<Fixture> scan(List<FixtureSet> sets, InputNames names) throws MojoExecutionException {
        FixtureScanner scanner = new FixtureScanner(names, note -> getLog().warn("runspec: " + note));
        List<Fixture> found = new ArrayList<>();
        for (FixtureSet set : sets) {
            List<Fixture> inSet = scanner.scan(set);
            if (inSet.isEmpty()) {
                getLog().warn("runspec: no file in " + names.of(set.getDirectory().toPath()) + " matches "
                        + String.join(", ", set.effectiveIncludes()));
            }
            found.addAll(inSet);
        }
        return found;
    }

    /** Validates what changed since the last run of this execution, reuses the rest, and remembers both. */
    private List<CheckedFixture> verifyIncrementally(List<Fixture> found, RunValidator validator)
            throws MojoExecutionException {
        String fingerprint = ConfigurationFingerprint.of(validator);
        Path stateFile = buildDirectory().resolve("runspec").resolve("state").resolve(stateName());
        VerdictCache cache = incremental ? VerdictCache.load(stateFile, fingerprint) : VerdictCache.empty();
        List<CheckedFixture> checked = new FixtureVerifier(validator, Runtime.getRuntime().availableProcessors())
                .verify(found, cache);
        getLog().info("runspec: " + WorkSummary.of(checked, cache.origin(), incremental));
        if (incremental) {
            saveState(stateFile, fingerprint, checked);
        }
        return checked;
    }

    private static void checkSchemaIds(List<FixtureSet> sets, RunValidator validator, InputNames names)
            throws MojoExecutionException {
        for (FixtureSet set : sets) {
            try {
                validator.catalogue().requireKnownOrAuto(set.getSchema());
            } catch (UnknownSchemaException e) {
                String where = set.getDirectory() == null ? "" : " (fixtures " + names.of(set.getDirectory().toPath()) + ")";
                throw new MojoExecutionException(e.getMessage() + where);
            }
        }
    }

    private void saveState(Path stateFile, String fingerprint, List<CheckedFixture> checked) {
        try {
            VerdictCache.save(stateFile, fingerprint, checked);
        } catch (IOException e) {
            getLog().warn("runspec: could not save the incremental state to " + stateFile
                    + " (" + e.getMessage() + "); the next run validates every fixture again");
        }
    }

    private String stateName() {
        String id = executionId == null || executionId.isBlank() ? "default" : executionId;
        return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    /** The project's build directory; without a pom, {@code target} where Maven was started. */
    private Path buildDirectory() {
        if (basedir == null || buildDirectory == null || buildDirectory.getPath().contains("${")) {
            return displayBase().resolve("target");
        }
        return buildDirectory.toPath();
    }

    private Path reportDirectory() {
        return reportDirectory != null ? reportDirectory.toPath() : buildDirectory().resolve("runspec");
    }

    private Path displayBase() {
        if (executionRootDirectory != null && !executionRootDirectory.isBlank()) {
            return Path.of(executionRootDirectory);
        }
        return basedir != null ? basedir.toPath() : Path.of("");
    }
}
