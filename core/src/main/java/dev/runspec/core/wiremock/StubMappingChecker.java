package dev.runspec.core.wiremock;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.Severity;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.JsonReading;
import dev.runspec.core.internal.RequestMapping;
import dev.runspec.core.report.InputResult;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks WireMock stub mapping files against the run schemas: each stub whose request maps to a
 * schema (by method and path, as pact interactions are mapped: {@code GET /v1/runs/{id}} to
 * {@code runflow-v1} and so on) becomes one input, named {@code FILE#stub-name}, and the body it
 * would serve ({@code jsonBody}, {@code body}, or {@code bodyFileName} under {@code __files}) is
 * validated like a recorded response. Stubs that fetch no run are not checked; a file with none
 * gets one {@code info} line saying so, as do bodies that are templates or not JSON.
 *
 * <pre>{@code
 * StubMappingChecker checker = StubMappingChecker.builder().map("GET /gateway/runs/{id}=runflow-v1").build();
 * List<InputResult> results = checker.check(Path.of("src/test/resources/wiremock/mappings/runs.json"));
 * }</pre>
 *
 * <p>Checking never throws for bad input: an unreadable or malformed mapping file is a result.
 * Immutable and safe to share between threads.
 */
public final class StubMappingChecker {

    /** The schema id of results about a mapping file as a whole (unreadable, or nothing to check). */
    public static final String STUB_FILE = "wiremock";

    private final RunValidator validator;
    private final List<RequestMapping> mappings;
    private final StubMappingReader reader;
    private final JsonMapper mapper;

    private StubMappingChecker(Builder builder) {
        this.validator = RunValidator.builder().catalogue(builder.catalogue).policy(builder.policy).limits(builder.limits).build();
        this.mappings = RequestMapping.withDefaults(builder.added);
        this.reader = new StubMappingReader(builder.policy, builder.limits);
        this.mapper = JsonReading.lenientMapper(builder.limits);
        mappings.forEach(m -> validator.catalogue().get(m.schemaId()));
    }

    /** A checker with the default mappings and policy. */
    public static StubMappingChecker create() {
        return builder().build();
    }

    /** A builder starting from the bundled schemas, the default mappings, policy and limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy stubs are checked under unless told otherwise: the core defaults (a stub serves a
     * whole response, so a missing required member is an error), with {@code undetected-schema}
     * lowered to {@code info}: a stub body that is a template or not JSON is noted as not checked
     * (raise it to fail a build on such stubs). Front ends start from this and apply
     * {@code --strict} and overrides.
     */
    public static SeverityPolicy defaultPolicy() {
        return SeverityPolicy.defaults().with(Rule.UNDETECTED_SCHEMA, Severity.INFO);
    }

    /** The mappings in force, in the order they are tried, in their text form. */
    public List<String> mappings() {
        return mappings.stream().map(RequestMapping::toString).toList();
    }

    /** Checks one mapping file, naming its inputs after the path as given (with forward slashes). */
    public List<InputResult> check(Path mappingFile) {
        return check(mappingFile, mappingFile.toString().replace('\\', '/'));
    }

    /** Checks one mapping file, naming its inputs {@code name#stub-name}. */
    public List<InputResult> check(Path mappingFile, String name) {
        return stubs(mappingFile, name).stream().map(StubVerdict::inputResult).toList();
    }

    /**
     * The verdict on each stub of one mapping file that serves a run, in file order, with the body
     * it would serve; then, where there is one, a verdict on the file as a whole (named
     * {@code name}): why it cannot be read, entries that are not stubs, duplicate keys outside
     * the bodies, or that no stub in it serves a run.
     */
    public List<StubVerdict> stubs(Path mappingFile, String name) {
        Objects.requireNonNull(mappingFile, "mappingFile");
        Objects.requireNonNull(name, "name");
        StubMappingReader.Outcome outcome = reader.read(mappingFile);
        if (outcome instanceof StubMappingReader.Refused refused) {
            return List.of(new StubVerdict(name, null, ValidationResult.of(STUB_FILE, refused.violations())));
        }
        StubMappingReader.Loaded loaded = (StubMappingReader.Loaded) outcome;
        List<Violation> unclaimed = new ArrayList<>(loaded.duplicates());
        StubBodyCheck bodies = new StubBodyCheck(validator, mapper, loaded, mappingFile, name);
        List<StubVerdict> verdicts = new ArrayList<>();
        for (Stub stub : loaded.stubs()) {
            Optional<String> schemaId = schemaFor(stub);
            if (schemaId.isPresent()) {
                StubVerdict verdict = bodies.check(stub, schemaId.get(), unclaimed);
                if (verdict != null) {
                    verdicts.add(verdict);
                }
            }
        }
        List<Violation> fileLevel = new ArrayList<>(loaded.problems());
        fileLevel.addAll(unclaimed);
        if (verdicts.isEmpty()) {
            String known = mappings.stream().filter(m -> !m.schemaId().endsWith("-error")).map(RequestMapping::toString)
                    .collect(Collectors.joining(", "));
            fileLevel.add(new Violation("", Rule.UNDETECTED_SCHEMA, validator.policy().severityOf(Rule.UNDETECTED_SCHEMA), known,
                    null, "no stub in this file serves a run, so nothing was checked (mappings: " + known + ")", 1, 1));
        }
        if (!fileLevel.isEmpty()) {
            verdicts.add(new StubVerdict(name, null, ValidationResult.of(STUB_FILE, fileLevel)));
        }
        return verdicts;
    }

    private Optional<String> schemaFor(Stub stub) {
        if (stub.path() == null) {
            return Optional.empty();
        }
        return mappings.stream()
                .filter(m -> m.appliesTo(stub.method(), stub.path(), stub.queryNames(), stub.status()))
                .map(RequestMapping::schemaId)
                .findFirst();
    }

    /** Configures a {@link StubMappingChecker}. */
    public static final class Builder {

        private SchemaCatalogue catalogue = SchemaCatalogue.bundled();
        private SeverityPolicy policy = defaultPolicy();
        private Limits limits = Limits.defaults();
        private final List<RequestMapping> added = new ArrayList<>();

        private Builder() {
        }

        /** The schemas; the bundled catalogue by default. */
        public Builder catalogue(SchemaCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The severity policy; {@link StubMappingChecker#defaultPolicy()} by default (start from it to keep its choices). */
        public Builder policy(SeverityPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Limits for mapping files and the bodies they name; {@link Limits#defaults()} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a mapping from its text form, such as {@code GET /gateway/runs/{id}=runflow-v1}
         * (the form of {@code runspec pact --map}), tried before the defaults; one that names the
         * same requests as a default replaces it.
         *
         * @throws IllegalArgumentException when the text is not a mapping
         */
        public Builder map(String mapping) {
            added.add(RequestMapping.parse(mapping));
            return this;
        }

        /**
         * The checker.
         *
         * @throws dev.runspec.core.UnknownSchemaException when a mapping names a schema the catalogue does not have
         */
        public StubMappingChecker build() {
            return new StubMappingChecker(this);
        }
    }
}
