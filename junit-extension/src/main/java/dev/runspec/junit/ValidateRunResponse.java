package dev.runspec.junit;

import dev.runspec.core.FailOn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks every run response a test sees against a runspec schema, and fails the test with every
 * violation of every response that does not conform.
 *
 * <p>Put it on a test class (every test method) or on a test method (which then wins over the
 * class). The test declares a {@link RunResponseRecorder} parameter, hands it each response it
 * gets, and carries on with its own assertions; after the test, and after its {@code @AfterEach}
 * methods, the extension fails it when a recorded response has a violation at or above
 * {@link #failOn()}. A test that records nothing passes as far as runspec is concerned.
 *
 * <pre>{@code
 * @ValidateRunResponse(schema = "comfydeploy-v2")
 * class PollingClientTests {
 *     @Test
 *     void reads_a_finished_run(RunResponseRecorder runs) throws Exception {
 *         HttpResponse<String> response = http.send(request, runs.bodyHandler(request));
 *         assertThat(client.parse(response.body()).isDone()).isTrue();
 *     }
 * }
 * }</pre>
 *
 * <p>Schemas are compiled once per JVM and shared by every test class; the extension is safe
 * under JUnit's parallel execution. The input limits are raised for the whole run with the JUnit
 * configuration parameters {@code runspec.maxDocumentSize} (such as {@code 64M}),
 * {@code runspec.maxNestingDepth}, {@code runspec.maxStringLength} and {@code runspec.maxNumberLength}.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ValidateRunResponseExtension.class)
public @interface ValidateRunResponse {

    /**
     * The schema id every recorded response must follow, such as {@code comfydeploy-v2} or
     * {@code runflow-v1}. Defaults to {@code auto}, which picks a bundled schema by each
     * document's shape.
     */
    String schema() default "auto";

    /** When true, members the provider does not document are errors instead of warnings. Defaults to false. */
    boolean strict() default false;

    /**
     * The least serious violation that fails the test. Defaults to {@link FailOn#ERROR}; use
     * {@link FailOn#WARNING} to fail on unknown properties and unknown values too, or
     * {@link FailOn#NEVER} to report without failing.
     */
    FailOn failOn() default FailOn.ERROR;

    /**
     * Severity overrides, each written {@code rule=severity}, for example
     * {@code "unknown-value=error"}; applied after {@link #strict()}. Defaults to none.
     */
    String[] severities() default {};
}
