package dev.runspec.cli;

import static dev.runspec.cli.Invocation.runspec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.RunGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runspec generate} writes the generator's bodies as NDJSON or files, and what it writes
 * passes {@code runspec validate}; near misses carry their expected violations.
 */
class GenerateCommandTests {

    @Test
    void writes_ndjson_on_standard_output_the_same_bytes_as_the_java_api() {
        Outcome outcome = runspec("generate", "--schema", "runflow-v1", "--status", "failed", "--count", "5", "--seed", "9");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.outLines()).containsExactlyElementsOf(RunGenerator.forSchema("runflow-v1").runs("failed", 9)
                .limit(5).map(GeneratedRun::json).toList());
    }

    @Test
    void what_it_writes_to_a_folder_passes_validate(@TempDir Path temp) throws IOException {
        Outcome generated = Invocation.in(temp).run("generate", "-s", "comfydeploy-v2", "--coverage", "--output", "runs");

        assertThat(generated.status()).isZero();
        List<Path> files;
        try (Stream<Path> listed = Files.list(temp.resolve("runs"))) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(RunGenerator.forSchema("comfydeploy-v2").coverageSet().size());
        assertThat(files.get(0).getFileName().toString())
                .isEqualTo("01-comfydeploy-v2-" + RunGenerator.forSchema("comfydeploy-v2").coverageSet().get(0).status() + ".json");
        assertThat(generated.err()).isEqualTo("runspec: " + files.size() + " runs written to " + temp.resolve("runs") + "\n");
        Outcome validated = Invocation.in(temp).run("validate", "--schema", "comfydeploy-v2", "runs");
        assertThat(validated.status()).as(validated.out()).isZero();
    }

    @Test
    void near_misses_name_the_violation_each_must_produce_and_validate_finds_it(@TempDir Path temp) throws IOException {
        Outcome generated = Invocation.in(temp).run("generate", "-s", "runflow-v1", "--status", "succeeded",
                "--near-miss", "--count", "12", "--output", "drift");

        assertThat(generated.status()).isZero();
        List<String> index = Files.readAllLines(temp.resolve("drift/expected.ndjson"));
        assertThat(index).hasSize(12).anySatisfy(line -> assertThat(line)
                .contains("\"drift\":\"cost-in-scientific-notation\"", "\"expected\":[{\"rule\":\"pattern\",\"pointer\":\"/cost\"}]"));
        String costFile = index.stream().filter(l -> l.contains("cost-in-scientific-notation")).findFirst().orElseThrow()
                .replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        Outcome validated = Invocation.in(temp).run("validate", "--schema", "runflow-v1", "drift/" + costFile);
        assertThat(validated.status()).isEqualTo(1);
        assertThat(validated.out()).contains("/cost: ", "[pattern]");
    }

    @Test
    void a_wrong_option_is_one_line_and_status_2_and_writes_nothing(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("keep.json"), "{}");

        Outcome status = Invocation.in(temp).run("generate", "-s", "runflow-v1", "--status", "done");
        Outcome schema = Invocation.in(temp).run("generate", "-s", "openai-v1");
        Outcome occupied = Invocation.in(temp).run("generate", "-s", "runflow-v1", "--output", ".");

        assertThat(status.status()).isEqualTo(2);
        assertThat(status.errLines().get(0)).isEqualTo("runspec generate: unknown status 'done' for runflow-v1; expected"
                + " any or one of queued, dispatching, running, succeeded, partial_succeeded, failed, canceled, cancelled"
                + " (see 'runspec generate --help')");
        assertThat(schema.errLines().get(0)).startsWith("runspec generate: no generator for schema 'openai-v1'");
        assertThat(occupied.status()).isEqualTo(2);
        assertThat(occupied.errLines().get(0)).contains("is not empty");
        assertThat(Files.readString(temp.resolve("keep.json"))).isEqualTo("{}");
        try (Stream<Path> listed = Files.list(temp)) {
            assertThat(listed).hasSize(1);
        }
    }
}
