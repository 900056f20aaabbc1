package dev.runspec.junit;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.Severity;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on one run response. Start with {@link RunAssertions#assertThatRun(String)} (or the
 * soft form in {@link RunSoftAssertions}).
 *
 * <p>The schema, severity policy and input limits chosen by {@link #conformsTo(String)},
 * {@link #usingSchema(String)}, {@link #usingPolicy(SeverityPolicy)} and {@link #usingLimits(Limits)}
 * apply to the assertions that follow them in the chain; until one is chosen, the schema is
 * detected by the document's shape, the policy is {@link SeverityPolicy#defaults()} and the limits
 * are {@link Limits#defaults()}. Failure messages list every violation as
 * {@code line:col: /pointer: message [rule]}.
 */
public class RunAssert extends AbstractObjectAssert<RunAssert, RunDocument> {

    /** Rules that say the input could not be judged at all; {@link #followsLifecycleOf} fails on them too. */
    private static final Set<Rule> READING_RULES = Set.of(Rule.MALFORMED_JSON, Rule.UNREADABLE, Rule.LIMIT_EXCEEDED,
            Rule.DUPLICATE_KEY, Rule.UNDETECTED_SCHEMA);

    private String schema = RunValidator.AUTO;
    private SeverityPolicy policy = SeverityPolicy.defaults();
    private Limits limits = Limits.defaults();
    private ValidationResult result;

    /** An assertion on {@code actual}; public so that soft assertions can proxy it. */
    public RunAssert(RunDocument actual) {
        super(actual, RunAssert.class);
    }

    /**
     * Checks the following assertions against {@code schemaId} (or {@code auto}) without asserting anything yet.
     *
     * @throws IllegalArgumentException listing the known ids when the catalogue has no such schema
     */
    public RunAssert usingSchema(String schemaId) {
        Objects.requireNonNull(schemaId, "schemaId");
        validator().catalogue().requireKnownOrAuto(schemaId);
        this.schema = schemaId;
        this.result = null;
        return myself;
    }

    /** Checks the following assertions under {@code policy}, for example {@code SeverityPolicy.defaults().strict(true)}. */
    public RunAssert usingPolicy(SeverityPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.result = null;
        return myself;
    }

    /**
     * Checks the following assertions under other input limits, for example
     * {@code Limits.defaults().withMaxDocumentBytes(64L << 20)} for a recording larger than 16 MiB.
     */
    public RunAssert usingLimits(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.result = null;
        return myself;
    }

    /**
     * Verifies that the response has no error against {@code schemaId} and its lifecycle rules;
     * warnings do not fail. {@link #conformsToSchemaOnly(String)} leaves the lifecycle rules out,
     * {@link #followsLifecycleOf(String)} checks them alone.
     *
     * <pre>{@code
     * assertThatRun(queuedRunBody).conformsTo("runflow-v1");          // passes
     * assertThatRun("{\"status_code\":\"done\"}").conformsTo("runflow-v1"); // fails, listing every violation
     * }</pre>
     *
     * @throws IllegalArgumentException listing the known ids when the catalogue has no such schema
     */
    public RunAssert conformsTo(String schemaId) {
        usingSchema(schemaId);
        return conforms();
    }

    /**
     * Verifies that the response has no error against the schema {@code schemaId} alone, leaving
     * its lifecycle rules out: for a response that is deliberately not a real run (a stub, a
     * documentation example) or a test about the shape only. {@link #conformsTo(String)} checks both.
     *
     * <pre>{@code
     * assertThatRun(shapeOnlyExample).conformsToSchemaOnly("comfydeploy-v2");
     * }</pre>
     *
     * @throws IllegalArgumentException listing the known ids when the catalogue has no such schema
     */
    public RunAssert conformsToSchemaOnly(String schemaId) {
        usingSchema(schemaId);
        isNotNull();
        ValidationResult checked = actual.validate(validator().schemaOnly(), schema);
        if (!checked.isValid()) {
            throwAssertionError(ShouldConformToSchema.shouldConformToSchemaOnly(actual, schema, checked));
        }
        return myself;
    }

    /**
     * Verifies that the response keeps the lifecycle rules of {@code schemaId} (what its status
     * says about its timestamps, durations, outputs and failure fields), whatever the schema says
     * of its members one by one. Fails on a lifecycle error, or when the text cannot be read at all.
     *
     * <pre>{@code
     * assertThatRun(body).followsLifecycleOf("runflow-v1");  // a failed run names its failure_code, ...
     * }</pre>
     *
     * @throws IllegalArgumentException listing the known ids when the catalogue has no such schema
     */
    public RunAssert followsLifecycleOf(String schemaId) {
        usingSchema(schemaId);
        isNotNull();
        ValidationResult checked = result();
        Set<Rule> lifecycle = new HashSet<>(READING_RULES);
        String detected = checked.schemaId();
        if (validator().catalogue().find(detected).isPresent()) {
            validator().catalogue().lifecycleRules(detected).forEach(rule -> lifecycle.add(rule.rule()));
        }
        List<Violation> kept = checked.violations().stream().filter(v -> lifecycle.contains(v.rule())).toList();
        ValidationResult lifecycleOnly = ValidationResult.of(detected, kept);
        if (!lifecycleOnly.isValid()) {
            throwAssertionError(ShouldConformToSchema.shouldFollowLifecycle(actual, schema, lifecycleOnly));
        }
        return myself;
    }

    /**
     * Verifies that the response has at least one error against {@code schemaId}: the negative of
     * {@link #conformsTo(String)}, for tests that prove drift is caught. Chain
     * {@link #hasViolation(String, String)} to name the violation.
     *
     * <pre>{@code
     * assertThatRun(driftedBody).doesNotConformTo("runflow-v1").hasViolation("/cost", "pattern");
     * }</pre>
     *
     * @throws IllegalArgumentException listing the known ids when the catalogue has no such schema
     */
    public RunAssert doesNotConformTo(String schemaId) {
        usingSchema(schemaId);
        isNotNull();
        ValidationResult checked = result();
        if (checked.isValid()) {
            throwAssertionError(ShouldNotConformToSchema.shouldNotConformToSchema(actual, schema, checked));
        }
        return myself;
    }

    /** As {@link #doesNotConformTo(String)}, and the response breaks {@code rule} at {@code pointer}. */
    public RunAssert doesNotConformTo(String schemaId, String pointer, String rule) {
        return doesNotConformTo(schemaId).hasViolation(pointer, rule);
    }

    /** Verifies that a bundled schema fits the response's shape and that the response has no error against it. */
    public RunAssert conformsToDetectedSchema() {
        return conformsTo(RunValidator.AUTO);
    }

    /** Verifies that the response has no warning (unknown properties, unknown values) against the chosen schema. */
    public RunAssert hasNoWarnings() {
        isNotNull();
        ValidationResult checked = result();
        if (checked.count(Severity.WARNING) > 0) {
            throwAssertionError(ShouldHaveNoWarnings.shouldHaveNoWarnings(actual, schema, checked));
        }
        return myself;
    }

    /**
     * Verifies that the response breaks {@code rule} at {@code pointer} against the chosen schema.
     *
     * <pre>{@code
     * assertThatRun(body).usingSchema("runflow-v1").hasViolation("/cost", "pattern");
     * }</pre>
     *
     * @param pointer JSON Pointer of the value, {@code ""} for the whole document
     * @param rule a rule id such as {@code required}, {@code enum} or {@code unknown-property}
     * @throws IllegalArgumentException naming the rule ids when {@code rule} is none of them
     */
    public RunAssert hasViolation(String pointer, String rule) {
        return hasViolation(pointer, Rule.fromId(rule));
    }

    /** As {@link #hasViolation(String, String)}, with the rule as a {@link Rule}. */
    public RunAssert hasViolation(String pointer, Rule rule) {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        isNotNull();
        ValidationResult checked = result();
        if (checked.violations().stream().noneMatch(v -> v.pointer().equals(pointer) && v.rule() == rule)) {
            throwAssertionError(ShouldHaveViolation.shouldHaveViolation(actual, pointer, rule, schema, checked));
        }
        return myself;
    }

    /**
     * Navigates to the violations against the chosen schema, in source order, for any list
     * assertion: {@code .violations().extracting(Violation::pointer).containsExactly("/cost")}.
     */
    public ListAssert<Violation> violations() {
        isNotNull();
        ListAssert<Violation> violations = extracting(document -> document == null ? List.<Violation>of() : result().violations(),
                InstanceOfAssertFactories.list(Violation.class));
        if (info.descriptionText().isEmpty()) {
            violations.as("violations of %s against %s", actual, schema);
        }
        return violations;
    }

    private RunAssert conforms() {
        isNotNull();
        ValidationResult checked = result();
        if (!checked.isValid()) {
            throwAssertionError(ShouldConformToSchema.shouldConformToSchema(actual, schema, checked));
        }
        return myself;
    }

    private ValidationResult result() {
        if (result == null) {
            result = actual.validate(validator(), schema);
        }
        return result;
    }

    private RunValidator validator() {
        return RunValidators.of(policy, limits);
    }
}
