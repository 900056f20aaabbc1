package example.consumer;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runspec.junit.RecordedRuns;
import dev.runspec.junit.RunResponseRecorder;
import dev.runspec.junit.ValidateRunResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** What every consumer uses, whatever Jackson it pins: the annotation, the fixture source, the assertions. */
@ValidateRunResponse(schema = "runflow-v1")
class RunClientTests {

    static String drifted() throws IOException {
        return Files.readString(Path.of(System.getProperty("drifted.dir"), "cost-in-scientific-notation.json"));
    }

    static String recording(String name) throws IOException {
        try (var in = RunClientTests.class.getResourceAsStream("/runs/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_recorded_response_that_conforms_passes(RunResponseRecorder recorder) throws IOException {
        recorder.record(recording("succeeded.json"));
    }

    @ParameterizedTest
    @RecordedRuns(value = "classpath:runs", schema = "runflow-v1")
    void every_recording_conforms(Path run) {
        assertThat(run).isRegularFile();
    }

    @Test
    void drift_is_caught_by_the_assertions() throws IOException {
        String drifted = drifted();
        assertThatRun(drifted).usingSchema("runflow-v1").hasViolation("/cost", "pattern");
        assertThatThrownBy(() -> assertThatRun(drifted).conformsTo("runflow-v1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/cost: cost is \"3e-05\"");
    }
}
