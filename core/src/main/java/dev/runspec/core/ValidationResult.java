package dev.runspec.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * The verdict on one response: which schema it was checked against and every violation found,
 * ordered by position in the source text.
 */
public final class ValidationResult {

    private static final Comparator<Violation> BY_POSITION = Comparator
            .comparingInt((Violation v) -> v.line() == 0 ? Integer.MAX_VALUE : v.line())
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::pointer)
            .thenComparing(v -> v.rule().order());

    private final String schemaId;
    private final List<Violation> violations;
    private final JsonNode document;

    ValidationResult(String schemaId, List<Violation> violations, JsonNode document) {
        this(schemaId, document, violations.isEmpty() ? List.of() : violations.stream().sorted(BY_POSITION).toList());
    }

    /** Violations already in source order and unmodifiable, as another verdict holds them. */
    private ValidationResult(String schemaId, JsonNode document, List<Violation> inSourceOrder) {
        this.schemaId = schemaId;
        this.violations = inSourceOrder;
        this.document = document;
    }

    /**
     * A verdict rebuilt from violations found earlier, for front ends that keep verdicts between
     * runs (the Maven plugin's incremental state). It has no parsed document.
     */
    public static ValidationResult of(String schemaId, List<Violation> violations) {
        return new ValidationResult(Objects.requireNonNull(schemaId, "schemaId"), violations, null);
    }

    /** The id of the schema the document was checked against, or {@code auto} when none was detected. */
    public String schemaId() {
        return schemaId;
    }

    /** Every violation, in source order. */
    public List<Violation> violations() {
        return violations;
    }

    /** True when no violation has severity {@link Severity#ERROR}. */
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /** The violations with exactly this severity. */
    public List<Violation> violations(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** How many violations have exactly this severity. */
    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** True when any violation is at least as serious as {@code threshold}. */
    public boolean hasViolationsAtLeast(Severity threshold) {
        return violations.stream().anyMatch(v -> v.severity().isAtLeast(threshold));
    }

    /** The parsed document, absent when the text was not JSON or could not be read. */
    public Optional<JsonNode> document() {
        return Optional.ofNullable(document);
    }

    /**
     * This verdict without the parsed document: what reports need, and no more. Front ends that
     * collect many verdicts (a folder, a long NDJSON file) keep these so memory stays small.
     */
    public ValidationResult withoutDocument() {
        return document == null ? this : new ValidationResult(schemaId, null, violations);
    }

    /**
     * A copy whose violations of {@code rule} end with {@code advice}: the core says what is wrong,
     * and each front end adds how to fix it in its own terms (an option, a parameter, a method).
     */
    public ValidationResult withAdvice(Rule rule, String advice) {
        Objects.requireNonNull(advice, "advice");
        return withAdvice(rule, v -> advice);
    }

    /**
     * A copy whose violations of {@code rule} end with the advice made for each of them, when there
     * is one ({@code advice} returns null for none): for advice that depends on the violation, such
     * as which {@link Limit} a {@link Rule#LIMIT_EXCEEDED} violation hit.
     */
    public ValidationResult withAdvice(Rule rule, Function<Violation, String> advice) {
        if (violations.stream().noneMatch(v -> v.rule() == rule)) {
            return this;
        }
        List<Violation> advised = violations.stream()
                .map(v -> v.rule() == rule ? advised(v, advice.apply(v)) : v)
                .toList();
        return new ValidationResult(schemaId, advised, document);
    }

    private static Violation advised(Violation violation, String advice) {
        return advice == null ? violation : violation.withMessage(violation.message() + "; " + advice);
    }

    /**
     * This verdict with more violations, found by a check of something other than the document's
     * shape (a delivery's signature), kept in source order with the others.
     */
    public ValidationResult withViolations(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(more);
        return new ValidationResult(schemaId, all, document);
    }

    @Override
    public String toString() {
        return "ValidationResult[" + schemaId + ", " + violations.size() + " violation(s)]";
    }
}
