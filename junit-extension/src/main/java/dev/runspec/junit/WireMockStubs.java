package dev.runspec.junit;

import dev.runspec.core.FailOn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for {@code @ParameterizedTest} that turns WireMock stubs into one invocation per stub
 * that serves a run, named {@code FILE#stub-name}: the stubs whose request maps to a run schema by
 * method and path ({@code GET /v1/runs/{id}} to {@code runflow-v1}, and so on, as
 * {@code runspec validate --wiremock} maps them), each with the body it would serve
 * ({@code jsonBody}, {@code body}, or {@code bodyFileName} under {@code __files}).
 *
 * <p>Each stub's body is validated before the test body runs: a stub that drifted from the schema
 * fails its own invocation with every violation, and the test never sees it, so a client test
 * cannot pass on a shape the provider never sends. A mapping file that cannot be read fails an
 * invocation named after the file. Stubs whose bodies are templates or not JSON are left out (the
 * runspec-wiremock extension checks what WireMock renders). The first parameter of the test takes
 * the body as a {@code String}, {@code byte[]} or a tree of the test's own Jackson.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @WireMockStubs("src/test/resources/wiremock")
 * void parses_every_stubbed_run(String body) {
 *     assertThat(client.parse(body).id()).isNotBlank();
 * }
 * }</pre>
 *
 * <p>Works on JUnit 5.12 or newer, and on JUnit 6. The input limits come from the same JUnit
 * configuration parameters as for {@link ValidateRunResponse}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(WireMockStubsArgumentsProvider.class)
@ExtendWith(RecordedRunsInterceptor.class)
public @interface WireMockStubs {

    /**
     * Where the stubs are, one or more of: a WireMock root (holding {@code mappings/} and
     * {@code __files/}), its {@code mappings} folder (searched with its sub-folders for
     * {@code *.json}), or one mapping file. Prefix {@code classpath:} to look on the class path;
     * anything else is a file-system path, relative to the working directory. Must name at least
     * one stub that serves a run.
     */
    String[] value();

    /**
     * More request-to-schema mappings, tried before the defaults:
     * {@code METHOD /path/{id}[?param=] [STATUS]=schema-id}, for example
     * {@code GET /gateway/runs/{id}=runflow-v1}. Defaults to none.
     */
    String[] mappings() default {};

    /** When true, members the provider does not document are errors instead of warnings. Defaults to false. */
    boolean strict() default false;

    /** The least serious violation that fails a stub's invocation. Defaults to {@link FailOn#ERROR}. */
    FailOn failOn() default FailOn.ERROR;

    /** Severity overrides, each written {@code rule=severity}; applied after {@link #strict()}. Defaults to none. */
    String[] severities() default {};
}
