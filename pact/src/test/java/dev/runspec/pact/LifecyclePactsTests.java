package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pact file's example bodies are judged by the schema's lifecycle rules too, placed on the pact
 * file's lines with the member they were compared with; a member the body leaves out is not a
 * lifecycle break, since a contract holds only what its consumer reads.
 */
class LifecyclePactsTests {

    private static final String PACT = """
            {
              "consumer": { "name": "studio" },
              "provider": { "name": "runflow" },
              "interactions": [
                {
                  "description": "a failed run",
                  "request": { "method": "GET", "path": "/v1/runs/0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a" },
                  "response": {
                    "status": 200,
                    "headers": { "Content-Type": "application/json" },
                    "body": {
                      "id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a",
                      "status_code": "failed",
                      "started_at": "2025-04-02T16:05:46Z",
                      "completed_at": "2025-04-02T16:05:44Z",
                      "failure_message": "out of memory"
                    }
                  }
                }
              ],
              "metadata": { "pactSpecification": { "version": "3.0.0" } }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void an_example_body_that_completes_before_it_starts_fails_on_the_pact_files_line() throws IOException {
        Path pact = Files.writeString(folder.resolve("studio-runflow.json"), PACT);

        List<InputResult> results = PactChecker.create().check(pact);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.result().schemaId()).isEqualTo("runflow-v1");
            assertThat(r.result().violations())
                    .extracting(Violation::pointer, v -> v.rule().id(), Violation::severity, Violation::line, Violation::column)
                    .containsExactly(tuple("/completed_at", "lifecycle-completed-before-started", Severity.ERROR, 15, 27));
            assertThat(r.result().violations().get(0).related())
                    .containsExactly(new RelatedLocation("started_at", null, "/started_at", 14, 25));
        });
    }

    @Test
    void the_policy_turns_a_lifecycle_rule_off_for_pact_files_as_for_responses() throws IOException {
        Path pact = Files.writeString(folder.resolve("studio-runflow.json"), PACT);

        List<InputResult> results = PactChecker.builder()
                .policy(PactChecker.defaultPolicy().off(Rule.fromId("lifecycle-completed-before-started")))
                .build().check(pact);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.result().violations()).isEmpty());
    }
}
