package example.consumer;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runspec.junit.RecordedRuns;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** A consumer on Jackson 2: its own Jackson stays the one it pinned, and its trees work with runspec. */
class Jackson2Tests {

    record Poll(@JsonProperty("run_id") String runId, @JsonProperty("status_code") String status) {
    }

    @Test
    void the_tests_run_on_the_jackson_the_consumer_pinned_and_runspec_brings_no_other() throws Exception {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("expected.jackson.version"));
        assertThat(new ObjectMapper().writeValueAsString(new Poll("r-1", "queued")))
                .isEqualTo("{\"run_id\":\"r-1\",\"status_code\":\"queued\"}");
        assertThat(Jackson2Tests.class.getClassLoader().getResource("tools/jackson/databind/JsonNode.class"))
                .as("runspec's Jackson 3 is relocated, so no tools.jackson class reaches the consumer").isNull();
    }

    @Test
    void a_tree_of_the_consumers_jackson_is_checked() throws IOException {
        JsonNode run = new ObjectMapper().readTree(RunClientTests.recording("succeeded.json"));
        assertThatRun(run).conformsTo("runflow-v1").hasNoWarnings();
        assertThatRun(new ObjectMapper().readTree(RunClientTests.drifted())).usingSchema("runflow-v1")
                .hasViolation("/cost", "pattern");
    }

    @ParameterizedTest
    @RecordedRuns(value = "classpath:runs", schema = "runflow-v1")
    void fixtures_arrive_as_trees_of_the_consumers_jackson(JsonNode run) {
        assertThat(run.get("status_code").asText()).isNotEmpty();
    }
}
