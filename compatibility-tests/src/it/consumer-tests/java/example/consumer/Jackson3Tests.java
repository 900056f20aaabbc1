package example.consumer;

import static dev.runspec.junit.RunAssertions.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.runspec.junit.RecordedRuns;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** A consumer on Jackson 3 (Spring Boot 4): its own Jackson 3 stays the one its BOM picked, and its trees work with runspec. */
class Jackson3Tests {

    record Poll(@JsonProperty("run_id") String runId, @JsonProperty("status_code") String status) {
    }

    @Test
    void the_tests_run_on_the_jackson_the_consumer_pinned_and_runspec_brings_no_other() throws Exception {
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("expected.jackson.version"));
        assertThat(new JsonMapper().writeValueAsString(new Poll("r-1", "queued")))
                .isEqualTo("{\"run_id\":\"r-1\",\"status_code\":\"queued\"}");
        assertThat(java.util.Collections.list(
                Jackson3Tests.class.getClassLoader().getResources("tools/jackson/databind/JsonNode.class")))
                .as("runspec's own Jackson 3 is relocated: the consumer's is the only tools.jackson").hasSize(1);
    }

    @Test
    void a_tree_of_the_consumers_jackson_is_checked() throws IOException {
        JsonNode run = new JsonMapper().readTree(RunClientTests.recording("succeeded.json"));
        assertThatRun(run).conformsTo("runflow-v1").hasNoWarnings();
        assertThatRun(new JsonMapper().readTree(RunClientTests.drifted())).usingSchema("runflow-v1")
                .hasViolation("/cost", "pattern");
    }

    @ParameterizedTest
    @RecordedRuns(value = "classpath:runs", schema = "runflow-v1")
    void fixtures_arrive_as_trees_of_the_consumers_jackson(JsonNode run) {
        assertThat(run.get("status_code").asString()).isNotEmpty();
    }
}
