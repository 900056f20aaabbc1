package dev.runspec.simulator.junit;

import dev.runspec.simulator.Simulator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one provider {@link Simulator} for the annotated test class, on a free loopback port, and
 * closes it after the class. Tests get it as a parameter of type {@code Simulator} (test, lifecycle
 * or constructor) or in a non-final field of that type. Every test of the class shares it and its
 * clock; classes running in parallel each have their own.
 *
 * <pre>{@code
 * @SimulatedProvider(api = "runflow-v1", seed = 7)
 * class PollerTest {
 *     @Test
 *     void polls_to_the_end(Simulator simulator) { ... simulator.baseUrl() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimulatedProviderExtension.class)
public @interface SimulatedProvider {

    /** {@code comfydeploy-v1}, {@code comfydeploy-v2} or {@code runflow-v1}. */
    String api();

    /** The seed runs, faults and webhooks derive from. */
    long seed() default 0;

    /** The fault spec, such as {@code 429:0.1,503@step2,latency=50ms} (none by default). */
    String faults() default "";

    /** The clock's speed against wall time; 0 (the default) is a manual clock the test advances. */
    double speed() default 0;

    /** Script files (JSON or YAML): a path, or {@code classpath:name} for a test resource. */
    String[] scripts() default {};

    /** Runflow's callback signing secret (unsigned when empty). */
    String signingSecret() default "";
}
