package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.runspec.core.RunValidator;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pact file that cannot be checked is a result with one clear line, never an exception. */
class PactFileProblemsTests {

    @TempDir
    Path dir;

    private final PactChecker checker = PactChecker.create();

    @Test
    void a_file_that_is_not_json_is_malformed_at_its_position() throws Exception {
        Path file = write("broken.json", "{\n  \"interactions\": [\n    {\"description\": \"a run\",,}\n  ]\n}\n");

        assertThat(only(checker.check(file, "pacts/broken.json")))
                .extracting(Violation::rule, Violation::severity, Violation::line)
                .containsExactly(Rule.MALFORMED_JSON, Severity.ERROR, 3);
        assertThat(only(checker.check(file)).message()).isEqualTo("not valid JSON: unexpected character ','");
    }

    @Test
    void json_that_is_not_a_pact_is_refused() throws Exception {
        Path file = write("run.json", "{\"id\": \"0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a\", \"status_code\": \"queued\"}");

        assertThat(only(checker.check(file)))
                .extracting(Violation::rule, Violation::message)
                .containsExactly(Rule.UNREADABLE, "not a pact file: it has no \"interactions\" array (nor the \"messages\" of a V3 message pact)");
    }

    @Test
    void a_missing_file_and_a_folder_are_unreadable() {
        assertThat(only(checker.check(dir.resolve("absent.json"))))
                .extracting(Violation::rule, Violation::message)
                .containsExactly(Rule.UNREADABLE, "no such file");
        assertThat(only(checker.check(dir)).message()).as("the core's refusal")
                .isEqualTo(RunValidator.create().validate(RunValidator.AUTO, dir).violations().get(0).message());
    }

    @Test
    void a_file_that_is_not_utf8_is_malformed_as_the_core_says() throws Exception {
        Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

        assertThat(only(checker.check(file)))
                .extracting(Violation::rule, Violation::line)
                .containsExactly(Rule.MALFORMED_JSON, 1);
        assertThat(only(checker.check(file)).message()).contains("not valid UTF-8");
    }

    @Test
    void a_duplicate_key_in_a_body_is_reported_in_its_interaction_and_one_elsewhere_for_the_file() throws Exception {
        Path file = write("duplicates.json", """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "a run", "request": {"method": "GET", "path": "/v1/runs/1"},
                   "response": {"status": 200, "body": {"id": "0196f1d4-0b2c-7d3e-8f4a-6b7c8d9e0f1a",
                                                        "status_code": "queued", "status_code": "running"}}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}, "pactSpecification": {"version": "3.0.0"}}}
                """);

        List<InputResult> results = checker.check(file, "duplicates.json");

        assertThat(results).extracting(InputResult::input).containsExactly("duplicates.json#a run", "duplicates.json");
        assertThat(results.get(0).result().violations()).extracting(Violation::pointer, Violation::rule, Violation::line)
                .containsExactly(tuple("/status_code", Rule.DUPLICATE_KEY, 4));
        assertThat(results.get(1).result().violations()).extracting(Violation::pointer, Violation::rule, Violation::line)
                .containsExactly(tuple("/metadata/pactSpecification", Rule.DUPLICATE_KEY, 5));
    }

    @Test
    void a_pact_without_run_interactions_says_so_as_info() throws Exception {
        Path file = write("queue.json", """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "a queued run", "request": {"method": "POST", "path": "/api/run/queue"},
                                   "response": {"status": 200, "body": {"run_id": "x"}}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        List<InputResult> results = checker.check(file, "pacts/queue.json");

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.input()).isEqualTo("pacts/queue.json");
            assertThat(r.result().isValid()).isTrue();
            assertThat(r.result().schemaId()).isEqualTo(PactChecker.PACT_FILE);
            assertThat(r.result().violations()).extracting(Violation::rule, Violation::severity)
                    .containsExactly(tuple(Rule.UNDETECTED_SCHEMA, Severity.INFO));
            assertThat(r.result().violations().get(0).message()).startsWith("no interaction in this pact fetches a run");
        });
    }

    @Test
    void a_pact_that_checks_nothing_fails_when_the_policy_says_so() throws Exception {
        Path file = write("queue.json", """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "a queued run", "request": {"method": "POST", "path": "/api/run/queue"},
                                   "response": {"status": 200, "body": {"run_id": "x"}}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);
        PactChecker strict = PactChecker.builder().policy(PactChecker.defaultPolicy().with("undetected-schema=error")).build();

        assertThat(strict.check(file, "pacts/queue.json")).singleElement().satisfies(r -> {
            assertThat(r.result().isValid()).isFalse();
            assertThat(r.result().violations()).extracting(Violation::rule, Violation::severity)
                    .containsExactly(tuple(Rule.UNDETECTED_SCHEMA, Severity.ERROR));
        });
    }

    @Test
    void a_response_body_declared_json_that_is_not_json_is_malformed() throws Exception {
        Path file = write("text.json", """
                {"consumer": {"name": "c"}, "provider": {"name": "p"},
                 "interactions": [{"description": "a run as text", "request": {"method": "GET", "path": "/v1/runs/1"},
                                   "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": "queued"}}],
                 "metadata": {"pactSpecification": {"version": "3.0.0"}}}
                """);

        assertThat(only(checker.check(file)))
                .extracting(Violation::rule, Violation::line)
                .containsExactly(Rule.MALFORMED_JSON, 3);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Violation only(List<InputResult> results) {
        assertThat(results).hasSize(1);
        assertThat(results.get(0).result().violations()).hasSize(1);
        return results.get(0).result().violations().get(0);
    }
}
