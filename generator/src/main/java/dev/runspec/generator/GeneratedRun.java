package dev.runspec.generator;

/**
 * One generated run body: its schema id, status, the seed that reproduces it
 * ({@code RunGenerator.forSchema(schemaId()).run(status(), seed())}) and its JSON text, compact,
 * members in schema order.
 *
 * @param schemaId the schema the body conforms to
 * @param status the run's status
 * @param seed the document's own seed
 * @param json the body as compact JSON text
 */
public record GeneratedRun(String schemaId, String status, long seed, String json) {

    /** A name for test reports: {@code succeeded, seed 1234}. */
    public String name() {
        return status + ", seed " + seed;
    }

    @Override
    public String toString() {
        return schemaId + " " + name();
    }
}
