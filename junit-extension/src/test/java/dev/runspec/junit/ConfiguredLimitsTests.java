package dev.runspec.junit;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.HostileDocument;
import dev.runspec.core.Limit;
import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The input limits are raised for a whole test run with JUnit configuration parameters named as
 * the Maven properties are ({@code runspec.maxNestingDepth}, ...), for {@code @RecordedRuns} and
 * {@code @ValidateRunResponse} alike, and per assertion with {@code usingLimits}; the limit
 * messages say so, and a value that is not a number is a one-line configuration error.
 */
class ConfiguredLimitsTests {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private static final Map<String, String> RAISED = Map.of(
            ConfiguredLimits.MAX_NESTING_DEPTH, String.valueOf(HostileDocument.DEPTH + 10),
            ConfiguredLimits.MAX_NUMBER_LENGTH, "20000",
            ConfiguredLimits.MAX_DOCUMENT_SIZE, "64M");

    @BeforeAll
    static void writeTheDeepAndTheLongDocumentsOnTheClassPath() throws IOException {
        Path folder = Recordings.folder().resolveSibling("limit-runs");
        Files.createDirectories(folder);
        HostileDocument.DEEP_NESTING.writeTo(folder);
        HostileDocument.LONG_NUMBER.writeTo(folder);
    }

    @Test
    void by_default_each_document_fails_its_invocation_naming_the_junit_parameter_that_raises_the_limit() {
        SEEN.clear();

        ExampleRun run = ExampleRun.of(DeepAndLongRecordings.class);

        assertThat(run.failures()).hasSize(2);
        assertThat(run.failures().get("[1] deep-nesting.json"))
                .contains("max-nesting-depth limit of 500 levels; raise it with the configuration parameter runspec.maxNestingDepth"
                        + " or, in an assertion, usingLimits(Limits.defaults().withMaxNestingDepth(...)) if the document is genuine"
                        + " [limit-exceeded]");
        assertThat(run.failures().get("[2] long-number.json"))
                .contains("max-number-length limit of 1000; " + ConfiguredLimits.advice(Limit.MAX_NUMBER_LENGTH) + " [limit-exceeded]");
        assertThat(SEEN).isEmpty();
    }

    @Test
    void raised_by_configuration_parameters_the_documents_reach_the_schema_and_the_test_body() {
        SEEN.clear();

        ExampleRun run = ExampleRun.of(RAISED, DeepAndLongRecordings.class);

        assertThat(run.failures().values()).noneMatch(message -> message.contains("[limit-exceeded]"));
        assertThat(run.failures().get("[1] deep-nesting.json")).as("read whole, its arrays break the schema")
                .contains("/metadata: ", "[type]");
        assertThat(SEEN).containsExactly("long-number.json");
    }

    @Test
    void raised_by_configuration_parameters_a_recorded_response_is_judged_by_the_schema() {
        ExampleRun defaults = ExampleRun.of(RecordsTheLongNumber.class);
        ExampleRun raised = ExampleRun.of(RAISED, RecordsTheLongNumber.class);

        assertThat(defaults.failures().get("records_a_run_with_a_long_number")).contains("[limit-exceeded]");
        assertThat(raised.failures()).doesNotContainKey("records_a_run_with_a_long_number");
        assertThat(raised.passed()).containsExactly("records_a_run_with_a_long_number");
    }

    @Test
    void a_parameter_that_is_not_a_size_is_a_one_line_configuration_error() {
        ExampleRun run = ExampleRun.of(Map.of(ConfiguredLimits.MAX_DOCUMENT_SIZE, "lots"), DeepAndLongRecordings.class);
        ExampleRun recorder = ExampleRun.of(Map.of(ConfiguredLimits.MAX_NESTING_DEPTH, "-1"), RecordsTheLongNumber.class);

        assertThat(run.containerFailures().values()).singleElement().asString()
                .isEqualTo("Configuration error: @RecordedRuns on [dev.runspec.junit.ConfiguredLimitsTests$DeepAndLongRecordings#parses]:"
                        + " configuration parameter runspec.maxDocumentSize: 'lots' is not a positive size such as 1048576, 512k or 16M");
        assertThat(recorder.failures().get("records_a_run_with_a_long_number"))
                .startsWith("Configuration error: @ValidateRunResponse on [dev.runspec.junit.ConfiguredLimitsTests$RecordsTheLongNumber]:")
                .endsWith("configuration parameter runspec.maxNestingDepth: '-1' is not a positive whole number")
                .doesNotContain("\n");
    }

    @Test
    void every_limit_is_raised_with_a_parameter_and_a_limits_method_that_exist() throws Exception {
        assertThat(java.util.Arrays.stream(Limit.values()).map(ConfiguredLimits::parameter)).containsExactly(
                ConfiguredLimits.MAX_DOCUMENT_SIZE, ConfiguredLimits.MAX_NESTING_DEPTH, ConfiguredLimits.MAX_STRING_LENGTH,
                ConfiguredLimits.MAX_NUMBER_LENGTH);
        for (Limit limit : Limit.values()) {
            Limits raised = (Limits) Limits.class.getMethod(ConfiguredLimits.method(limit),
                    limit == Limit.MAX_DOCUMENT_SIZE ? long.class : int.class).invoke(Limits.defaults(),
                    limit == Limit.MAX_DOCUMENT_SIZE ? (Object) 7L : (Object) 7);
            assertThat(limit.valueIn(raised)).isEqualTo(7);
        }
    }

    @Test
    void an_assertion_takes_its_own_limits() {
        byte[] longNumber = HostileDocument.LONG_NUMBER.bytes();

        assertThatRun(longNumber).usingSchema(HostileDocument.SCHEMA).hasViolation("", "limit-exceeded");
        assertThatRun(longNumber).usingLimits(Limits.defaults().withMaxNumberLength(20_000)).usingSchema(HostileDocument.SCHEMA)
                .violations().extracting(Violation::rule).doesNotContain(Rule.LIMIT_EXCEEDED);
    }

    static class DeepAndLongRecordings {

        @ParameterizedTest
        @RecordedRuns(value = "classpath:limit-runs", schema = HostileDocument.SCHEMA)
        void parses(Path run) {
            SEEN.add(run.getFileName().toString());
        }
    }

    @ValidateRunResponse(schema = HostileDocument.SCHEMA)
    static class RecordsTheLongNumber {

        @Test
        void records_a_run_with_a_long_number(RunResponseRecorder runs) {
            runs.record(HostileDocument.LONG_NUMBER.bytes());
        }
    }
}
