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
 * A source for {@code @ParameterizedTest} that turns recorded run responses into one invocation
 * per file, named after the file, and for an NDJSON file ({@code .ndjson}, {@code .jsonl}, a poll
 * log) one invocation per line, named {@code FILE:LINE}: the input rule of every runspec front end.
 *
 * <p>Each fixture is validated before the test body runs. A fixture that no longer conforms fails
 * its own invocation with every violation, and the body never sees it: a stale recording cannot
 * make a client test pass on a shape the provider never sends. The first parameter of the test
 * method takes the fixture as a {@code String}, {@code byte[]}, {@link java.nio.file.Path} or a
 * tree of the test's own Jackson: {@code com.fasterxml.jackson.databind.JsonNode} (Jackson 2) or
 * {@code tools.jackson.databind.JsonNode} (Jackson 3), parsed with that Jackson.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @RecordedRuns(value = "classpath:runs/comfydeploy-v2/*.json", schema = "comfydeploy-v2")
 * void parses_every_recorded_run(String body) {
 *     assertThat(client.parse(body).id()).isNotBlank();
 * }
 * }</pre>
 *
 * <p>Works on JUnit 5.12 or newer, and on JUnit 6. The input limits come from the same JUnit
 * configuration parameters as for {@link ValidateRunResponse} ({@code runspec.maxDocumentSize}, ...).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RecordedRunsArgumentsProvider.class)
@ExtendWith(RecordedRunsInterceptor.class)
public @interface RecordedRuns {

    /**
     * Where the recordings are, one or more of: a folder (every {@code *.json}, {@code *.ndjson}
     * and {@code *.jsonl} file directly in it, hidden ones left out), a single file, or a glob such as {@code runs/**}{@code /*.json} ({@code **} crosses
     * folders, {@code *} does not). Prefix {@code classpath:} to look on the class path (folders
     * and jars); anything else is a file-system path, relative to the working directory.
     * Must match at least one file.
     */
    String[] value();

    /** The schema id every fixture must follow. Defaults to {@code auto}, which picks a bundled schema by shape. */
    String schema() default "auto";

    /** When true, members the provider does not document are errors instead of warnings. Defaults to false. */
    boolean strict() default false;

    /**
     * The least serious violation that fails a fixture's invocation. Defaults to
     * {@link FailOn#ERROR}; {@link FailOn#NEVER} reports without failing.
     */
    FailOn failOn() default FailOn.ERROR;

    /** Severity overrides, each written {@code rule=severity}; applied after {@link #strict()}. Defaults to none. */
    String[] severities() default {};
}
