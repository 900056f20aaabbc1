package dev.runspec.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for {@code @ParameterizedTest} that hands the test realistic generated run bodies, one
 * invocation per body, named by its status and seed ({@code [3] succeeded, seed 8812...}); the
 * same annotation gives the same bodies on every machine. The first parameter takes each body as a
 * {@code String} or a {@link dev.runspec.generator.GeneratedRun}; with {@link #nearMisses()} it takes
 * a {@link dev.runspec.generator.NearMiss} (or its body as a {@code String}) instead.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedRuns(schema = "runflow-v1", status = "succeeded", count = 50, seed = 1)
 * void reads_every_succeeded_run(String body) {
 *     assertThat(client.parse(body).isDone()).isTrue();
 * }
 * }</pre>
 *
 * <p>Works on JUnit 5.12 or newer, and on JUnit 6. No property-testing engine is involved.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GeneratedRunsArgumentsProvider.class)
public @interface GeneratedRuns {

    /** The schema id to generate runs of, such as {@code runflow-v1}. */
    String schema();

    /** The status of every run, or {@code any} (the default) to rotate through every status. */
    String status() default "any";

    /** How many runs. Defaults to 20; ignored with {@link #coverage()}. */
    int count() default 20;

    /** The seed the runs are drawn from. Defaults to 1. */
    long seed() default 1;

    /**
     * When true, the schema's coverage set instead: the few runs that together show every enum
     * value, every nullable member null, every optional member absent and present, every status.
     */
    boolean coverage() default false;

    /**
     * When true, near misses of the runs instead: each breaks one rule and names the violation it
     * must produce ({@link dev.runspec.generator.NearMiss#expected()}). {@link #count()} counts near misses.
     */
    boolean nearMisses() default false;
}
