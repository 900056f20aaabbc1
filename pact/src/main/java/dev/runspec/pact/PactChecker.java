package dev.runspec.pact;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import au.com.dius.pact.core.model.messaging.MessageInteraction;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.Severity;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks pact files (specification V2, V3 and V4) against the run schemas. Each interaction whose
 * request fetches a run (see {@link InteractionMapping}) becomes one input of the report, named
 * {@code file#description (given state)}: its response body is validated like any recorded
 * response, and its matching rules are checked for accepting values the schema rejects
 * ({@code loose-matcher}). Violations point into the pact file by line and column.
 *
 * <p>A contract names only what its consumer reads, so members the schema requires but the body
 * leaves out are reported as {@code info} under the {@linkplain #defaultPolicy() default policy}.
 * Interactions that fetch no run are not checked; a file with none at all gets one {@code info}
 * line saying so. Like validation, checking never throws for bad input: an unreadable or malformed
 * pact file is a result. Immutable and safe to share between threads.
 */
public final class PactChecker {

    /** The schema id of results about a pact file as a whole (unreadable, or nothing to check). */
    public static final String PACT_FILE = "pact";

    private final RunValidator validator;
    private final List<InteractionMapping> mappings;
    private final PactFileReader reader;

    private PactChecker(Builder builder) {
        this.validator = RunValidator.builder().catalogue(builder.catalogue).policy(builder.policy).limits(builder.limits)
                .lifecycleRules(builder.lifecycleRules).build();
        this.mappings = List.copyOf(builder.effectiveMappings());
        this.reader = new PactFileReader(builder.policy, builder.limits);
        mappings.forEach(m -> validator.catalogue().get(m.schemaId()));
    }

    /** A checker with the default mappings and policy. */
    public static PactChecker create() {
        return builder().build();
    }

    /** A builder starting from the bundled schemas, the default mappings, policy and limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy pact files are checked under unless told otherwise: the core defaults with
     * {@code required} lowered to {@code info}, because a contract rightly names only the members
     * its consumer reads, and {@code undetected-schema} lowered to {@code info}: an interaction or
     * message that fetches no run, or whose body is not JSON, is noted as not checked (raise it to
     * fail a build on pacts that check nothing). Front ends start from this and apply
     * {@code --strict} and overrides.
     */
    public static SeverityPolicy defaultPolicy() {
        return SeverityPolicy.defaults().with(Rule.REQUIRED, Severity.INFO).with(Rule.UNDETECTED_SCHEMA, Severity.INFO);
    }

    /** The mappings in force, in the order they are tried. */
    public List<InteractionMapping> mappings() {
        return mappings;
    }

    /** Checks one pact file, naming its inputs after the path as given (with forward slashes). */
    public List<InputResult> check(Path pactFile) {
        return check(pactFile, pactFile.toString().replace('\\', '/'));
    }

    /** Checks one pact file, naming its inputs {@code name#interaction}. */
    public List<InputResult> check(Path pactFile, String name) {
        Objects.requireNonNull(pactFile, "pactFile");
        Objects.requireNonNull(name, "name");
        PactFileReader.Outcome outcome = reader.read(pactFile);
        if (outcome instanceof PactFileReader.Refused refused) {
            return List.of(InputResult.of(name, ValidationResult.of(PACT_FILE, refused.violations())));
        }
        PactFileReader.Loaded loaded = (PactFileReader.Loaded) outcome;
        List<Violation> unclaimed = new ArrayList<>(loaded.duplicates());
        List<InputResult> results = new ArrayList<>();
        for (Checked checked : checked(loaded)) {
            if (checked.skipped() != null) {
                results.add(InputResult.of(name + "#" + checked.label(), ValidationResult.of(checked.check().schemaId(),
                        List.of(new Violation("", Rule.UNDETECTED_SCHEMA, notCheckedSeverity(), "application/json", null,
                                checked.skipped(), 1, 1)))));
                continue;
            }
            results.add(InputResult.of(name + "#" + checked.label(), checked.check().run(checked.body(), checked.rules(), checked.generators(), unclaimed)));
        }
        if (!unclaimed.isEmpty()) {
            results.add(InputResult.of(name, ValidationResult.of(PACT_FILE, unclaimed)));
        }
        if (results.isEmpty()) {
            String known = mappings.stream().filter(m -> !m.schemaId().endsWith("-error")).map(InteractionMapping::toString)
                    .collect(Collectors.joining(", "));
            long messages = loaded.pact().getInteractions().stream().filter(i -> i instanceof MessageInteraction).count();
            if (messages > 0) {
                known = known + "; its " + messages + (messages == 1 ? " message is" : " messages are")
                        + " not checked: map one that carries a run with message:TEXT=schema-id";
            }
            results.add(InputResult.of(name, ValidationResult.of(PACT_FILE, List.of(new Violation("", Rule.UNDETECTED_SCHEMA,
                    notCheckedSeverity(), known, null, "no interaction in this pact fetches a run, so nothing was checked (mappings: "
                    + known + ")", 1, 1)))));
        }
        return results;
    }

    /** What the policy in force makes of an interaction that was not checked: {@code info} by default. */
    private Severity notCheckedSeverity() {
        return validator.policy().severityOf(Rule.UNDETECTED_SCHEMA);
    }

    /**
     * One interaction that is checked: its label, its response and the check of it; {@code skipped}
     * says why its body is not checked (a response that declares a content type other than JSON), or is null.
     */
    record Checked(String label, OptionalBody body, MatchingRules rules, Generators generators, InteractionCheck check,
            String skipped) {
    }

    /** The interactions of a readable pact file that are checked, in file order; empty when it is unreadable. */
    List<Checked> checked(Path pactFile) {
        return reader.read(pactFile) instanceof PactFileReader.Loaded loaded ? checked(loaded) : List.of();
    }

    private List<Checked> checked(PactFileReader.Loaded loaded) {
        InteractionSource sources = new InteractionSource(loaded);
        List<Checked> checked = new ArrayList<>();
        for (Interaction interaction : loaded.pact().getInteractions()) {
            if (interaction.isSynchronousRequestResponse()) {
                SynchronousRequestResponse exchange = interaction.asSynchronousRequestResponse();
                Optional<String> schemaId = schemaFor(exchange);
                int index = sources.indexOf(interaction);
                if (schemaId.isEmpty() || exchange.getResponse().getBody().isNotPresent()) {
                    continue;
                }
                String declared = exchange.getResponse().contentTypeHeader();
                String skipped = declared != null && !exchange.getResponse().determineContentType().isJson()
                        ? "the response is " + Texts.shorten(declared) + ", not JSON, so its body is not checked against "
                        + schemaId.get() : null;
                checked.add(new Checked(label(interaction), exchange.getResponse().getBody(), exchange.getResponse().getMatchingRules(),
                        exchange.getResponse().getGenerators(),
                        new InteractionCheck(validator, reader.mapper(), schemaId.get(), sources, index), skipped));
            } else if (interaction instanceof MessageInteraction message) {
                Optional<String> schemaId = mappings.stream()
                        .filter(m -> m.appliesToMessage(message.getDescription(), message.getMetadata()))
                        .map(InteractionMapping::schemaId)
                        .findFirst();
                int index = sources.indexOf(interaction);
                if (schemaId.isEmpty() || message.getMessageContents().isNotPresent()) {
                    continue;
                }
                ContentType type = message.getContentType();
                String skipped = type.getContentType() != null && !type.isJson()
                        ? "the message is " + Texts.shorten(type.toString()) + ", not JSON, so its contents are not checked against "
                        + schemaId.get() : null;
                checked.add(new Checked(label(interaction), message.getMessageContents(), message.getMatchingRules(),
                        message.getGenerators(),
                        new InteractionCheck(validator, reader.mapper(), schemaId.get(), sources, index), skipped));
            }
        }
        return checked;
    }

    /** Checks several pact files into one report, each named after its path as given. */
    public ValidationReport checkAll(Collection<Path> pactFiles) {
        List<InputResult> results = new ArrayList<>();
        pactFiles.forEach(file -> results.addAll(check(file)));
        return new ValidationReport(results);
    }

    private Optional<String> schemaFor(SynchronousRequestResponse exchange) {
        var request = exchange.getRequest();
        int status = exchange.getResponse().getStatus();
        return mappings.stream()
                .filter(m -> m.appliesTo(request.getMethod(), request.getPath(), request.getQuery(), status))
                .map(InteractionMapping::schemaId)
                .findFirst();
    }

    private static String label(Interaction interaction) {
        List<ProviderState> states = interaction.getProviderStates();
        String given = states.stream().map(ProviderState::getName).filter(Objects::nonNull).collect(Collectors.joining(", "));
        boolean pending = interaction.isV4() && interaction.asV4Interaction().getPending();
        return interaction.getDescription() + (given.isEmpty() ? "" : " (given " + given + ")") + (pending ? " [pending]" : "");
    }

    /** Configures a {@link PactChecker}. */
    public static final class Builder {

        private SchemaCatalogue catalogue = SchemaCatalogue.bundled();
        private SeverityPolicy policy = defaultPolicy();
        private Limits limits = Limits.defaults();
        private boolean lifecycleRules = true;
        private final List<InteractionMapping> added = new ArrayList<>();

        private Builder() {
        }

        /** The schemas; the bundled catalogue by default. */
        public Builder catalogue(SchemaCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The severity policy; {@link PactChecker#defaultPolicy()} by default (start from it to keep its choices). */
        public Builder policy(SeverityPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Limits for pact files and the bodies in them; {@link Limits#defaults()} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether example bodies are also judged by their schema's lifecycle rules ({@code lifecycle-*});
         * {@code true} by default. To drop one rule, turn it off in the policy instead.
         */
        public Builder lifecycleRules(boolean check) {
            this.lifecycleRules = check;
            return this;
        }

        /**
         * Adds a mapping, tried before the defaults; one that names the same requests as a default
         * replaces it.
         */
        public Builder map(InteractionMapping mapping) {
            added.add(Objects.requireNonNull(mapping, "mapping"));
            return this;
        }

        /**
         * Adds a mapping from its text form, such as {@code GET /runs/{id}=runflow-v1}.
         *
         * @throws IllegalArgumentException when the text is not a mapping
         */
        public Builder map(String mapping) {
            return map(InteractionMapping.parse(mapping));
        }

        /**
         * The checker.
         *
         * @throws dev.runspec.core.UnknownSchemaException when a mapping names a schema the catalogue does not have
         */
        public PactChecker build() {
            return new PactChecker(this);
        }

        private List<InteractionMapping> effectiveMappings() {
            List<InteractionMapping> all = new ArrayList<>(added);
            InteractionMapping.defaults().stream()
                    .filter(d -> added.stream().noneMatch(d::sameRequests))
                    .forEach(all::add);
            return all;
        }
    }
}
