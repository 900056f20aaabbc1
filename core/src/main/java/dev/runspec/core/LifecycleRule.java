package dev.runspec.core;

/**
 * One row of a schema's lifecycle table ({@code schemas/spec/<id>.lifecycle.md}): a rule that ties
 * a run's status to its other members, checked after the schema on the same document.
 *
 * @param schemaId the schema whose table holds the row
 * @param rule the rule, known to {@link Rule#fromId} and to every {@link SeverityPolicy}
 * @param shape {@code order}, {@code present}, {@code absent}, {@code not-empty}, {@code range},
 *     {@code difference} or {@code values}
 * @param when the condition under which the row applies ({@code status in success}), or {@code ""} for always
 * @param expression the members cell as written ({@code started_at <= ended_at})
 * @param statement the rule in one sentence
 * @param source where the fact comes from (a research file and section)
 * @param basis {@code S} when the provider states the fact, {@code I} when it is inferred
 */
public record LifecycleRule(String schemaId, Rule rule, String shape, String when, String expression,
        String statement, String source, String basis) {

    /** The severity the rule has unless a policy says otherwise. */
    public Severity defaultSeverity() {
        return rule.defaultSeverity();
    }
}
