package dev.runspec.pact.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.runspec.core.Severity;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.TextReportWriter;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.pact.PactChecker;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pact files {@link RunPollerConsumerPactTests} writes pass the checker: each interaction is
 * mapped to its schema, its body conforms and no matcher is looser than the schema. The consumer
 * tests are run here first, on the real JUnit engine with Pact's real mock server, so this class
 * stands alone whatever else runs and in whatever order (when they ran before, Pact merges the same
 * interactions into the same files).
 */
class WrittenPactsConformTests {

    /** Where Pact writes: its default folder. */
    static final Path PACTS = Path.of("target", "pacts");

    @BeforeAll
    static void the_consumer_tests_write_their_pacts() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(RunPollerConsumerPactTests.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @ParameterizedTest
    @CsvSource({
            "runflow, runflow-v1, a succeeded run with its node runs",
            "comfydeploy-v2, comfydeploy-v2, a successful v2 run with its outputs",
            "comfydeploy-v1, comfydeploy-v1, a running v1 run"})
    void the_written_pact_conforms_without_warnings(String provider, String schemaId, String description) throws Exception {
        Path file = PACTS.resolve(RunPollerConsumerPactTests.CONSUMER + "-" + provider + ".json");
        assertThat(file).as("%s is written by RunPollerConsumerPactTests", file).isRegularFile();

        List<InputResult> results = PactChecker.create().check(file);

        StringWriter text = new StringWriter();
        new TextReportWriter(false).write(new ValidationReport(results), text);
        assertThat(results).as(text.toString()).singleElement().satisfies(r -> {
            assertThat(r.input()).startsWith(file.toString().replace('\\', '/') + "#" + description + " (given ");
            assertThat(r.result().schemaId()).isEqualTo(schemaId);
            assertThat(r.result().hasViolationsAtLeast(Severity.WARNING)).isFalse();
        });
    }
}
