package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V3 message pacts are read, a body that is not JSON is skipped with its reason, pending interactions say so. */
class ContentTypeAndMessagesTests {

    @TempDir
    Path dir;

    private final PactChecker checker = PactChecker.create();

    @Test
    void a_v3_message_pact_is_read_and_says_its_messages_are_not_checked() throws Exception {
        Path file = Files.writeString(dir.resolve("messages.json"), """
                {"consumer": {"name": "webhook-receiver"}, "provider": {"name": "runflow"},
                 "messages": [{"description": "a run-finished webhook", "providerStates": [{"name": "a run has finished"}],
                   "contents": {"run_id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a"},
                   "metadata": {"contentType": "application/json"}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        List<InputResult> results = checker.check(file);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.result().violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.INFO);
                    assertThat(v.rule()).isEqualTo(Rule.UNDETECTED_SCHEMA);
                    assertThat(v.message()).startsWith("no interaction in this pact fetches a run, so nothing was checked")
                            .contains("its 1 message is not checked: map one that carries a run with message:TEXT=schema-id");
                }));
    }

    @Test
    void a_v3_message_mapped_by_description_is_checked_with_its_matchers_on_their_lines() throws Exception {
        Path file = Files.writeString(dir.resolve("messages.json"), """
                {"consumer": {"name": "webhook-receiver"}, "provider": {"name": "runflow"},
                 "messages": [{"description": "a run-finished webhook", "providerStates": [{"name": "a run has finished"}],
                   "contents": {"id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a", "status_code": "done"},
                   "matchingRules": {"body": {"$.status_code": {"matchers": [{"match": "type"}], "combine": "AND"}}},
                   "metadata": {"contentType": "application/json"}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);
        PactChecker mapped = PactChecker.builder().map("message:run-finished=runflow-v1").build();

        List<InputResult> results = mapped.check(file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.input()).endsWith("#a run-finished webhook (given a run has finished)");
            assertThat(r.result().schemaId()).isEqualTo("runflow-v1");
            assertThat(r.result().violations()).extracting(Violation::pointer, Violation::rule, Violation::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("/status_code", Rule.ENUM, 3),
                    org.assertj.core.groups.Tuple.tuple("/status_code", Rule.LOOSE_MATCHER, 4));
        });
    }

    @Test
    void a_v4_message_mapped_by_a_metadata_value_is_checked() throws Exception {
        Path file = Files.writeString(dir.resolve("v4-messages.json"), """
                {"consumer": {"name": "webhook-receiver"}, "provider": {"name": "runflow"},
                 "interactions": [{"type": "Asynchronous/Messages", "description": "an event",
                   "contents": {"contentType": "application/json", "encoded": false,
                                "content": {"id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a", "status_code": "done"}},
                   "metadata": {"event": "run.completed"}}],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """);
        PactChecker mapped = PactChecker.builder().map("message:run.completed=runflow-v1").build();

        assertThat(mapped.check(file)).singleElement().satisfies(r -> {
            assertThat(r.input()).endsWith("#an event");
            assertThat(r.result().schemaId()).isEqualTo("runflow-v1");
            assertThat(r.result().violations()).extracting(Violation::pointer, Violation::rule, Violation::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/status_code", Rule.ENUM, 4));
        });
        assertThat(PactChecker.create().check(file)).singleElement()
                .satisfies(r -> assertThat(r.result().schemaId()).isEqualTo(PactChecker.PACT_FILE));
    }

    @Test
    void a_text_plain_response_on_a_run_path_is_skipped_with_its_reason() throws Exception {
        Path file = Files.writeString(dir.resolve("text.json"), """
                {"consumer": {"name": "c"}, "provider": {"name": "runflow"},
                 "interactions": [{"description": "a run as text", "request": {"method": "GET", "path": "/v1/runs/1"},
                   "response": {"status": 200, "headers": {"Content-Type": "text/plain"}, "body": "{not json"}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        List<InputResult> results = checker.check(file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.input()).endsWith("#a run as text");
            assertThat(r.result().violations()).extracting(Violation::severity, Violation::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Severity.INFO,
                            "the response is text/plain, not JSON, so its body is not checked against runflow-v1"));
        });
    }

    @Test
    void a_pending_v4_interaction_is_named_pending() throws Exception {
        Path file = Files.writeString(dir.resolve("pending.json"), """
                {"consumer": {"name": "c"}, "provider": {"name": "runflow"},
                 "interactions": [{"type": "Synchronous/HTTP", "description": "a run", "pending": true,
                   "request": {"method": "GET", "path": "/v1/runs/1"},
                   "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                     "body": {"contentType": "application/json", "encoded": false, "content": {"status_code": "running"}}}}],
                 "metadata": {"pactSpecification": {"version": "4.0"}}}
                """);

        assertThat(checker.check(file)).singleElement().satisfies(r -> assertThat(r.input()).endsWith("#a run [pending]"));
    }
}
