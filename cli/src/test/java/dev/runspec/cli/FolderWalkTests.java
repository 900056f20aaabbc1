package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runspec.cli.Invocation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTests {

    @TempDir
    Path folder;

    private String conforming;

    @BeforeEach
    void readARecording() throws IOException {
        conforming = Files.readString(Invocation.examples().resolve("recordings/runflow-v1/succeeded.json"));
    }

    @Test
    void finds_json_and_ndjson_files_recursively_in_name_order_and_nothing_else() throws IOException {
        write("runs/b.json", "runs/a.json", "runs/nested/deeper/c.ndjson", "runs/nested/a.json", "runs/notes.txt",
                "runs/response.json.bak", "runs/UPPER.JSON", "runs/.hidden.json", "runs/.cache/d.json");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "runs");

        assertThat(ReportJson.results(outcome.out())).extracting(r -> r.get("input").asString()).containsExactly(
                "runs/UPPER.JSON", "runs/a.json", "runs/b.json", "runs/nested/a.json", "runs/nested/deeper/c.ndjson");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void a_file_named_explicitly_is_checked_whatever_its_name() throws IOException {
        write("response.txt");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "response.txt");

        assertThat(outcome.status()).isZero();
        assertThat(ReportJson.results(outcome.out())).extracting(r -> r.get("input").asString()).containsExactly("response.txt");
    }

    @Test
    void a_file_reached_twice_is_checked_once() throws IOException {
        write("runs/a.json");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "runs", "runs/a.json", "./runs/../runs");

        assertThat(ReportJson.results(outcome.out())).hasSize(1);
    }

    @Test
    void a_symbolic_link_loop_is_reported_in_one_line_and_does_not_hang() throws IOException {
        write("runs/a.json");
        Path loop = folder.resolve("runs/nested/back-to-runs");
        Files.createDirectories(loop.getParent());
        assumeTrue(trySymbolicLink(loop, folder.resolve("runs")), "symbolic links are not supported here");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Invocation.in(folder).run("validate", "runs"));

        assertThat(outcome.status()).isZero();
        assertThat(outcome.errLines()).containsExactly("runspec: skipped runs/nested/back-to-runs: symbolic link loop"
                + " (it leads back to a folder being searched)");
        assertThat(outcome.outLines()).containsExactly("1 input: 1 conforms, 0 do not (0 errors, 0 warnings)");
    }

    @Test
    void a_symbolic_link_to_a_file_outside_is_followed() throws IOException {
        write("elsewhere/a.json");
        Files.createDirectories(folder.resolve("runs"));
        assumeTrue(trySymbolicLink(folder.resolve("runs/linked.json"), folder.resolve("elsewhere/a.json")), "no symbolic links here");

        Outcome outcome = Invocation.in(folder).run("validate", "-f", "json", "runs");

        assertThat(ReportJson.results(outcome.out())).extracting(r -> r.get("input").asString()).containsExactly("runs/linked.json");
    }

    @Test
    void a_fifo_inside_a_folder_is_skipped_with_a_one_line_note() throws Exception {
        write("runs/a.json");
        assumeTrue(mkfifo(folder.resolve("runs/stream.json")), "mkfifo is not available here");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Invocation.in(folder).run("validate", "runs"));

        assertThat(outcome.status()).isZero();
        assertThat(outcome.errLines()).containsExactly(
                "runspec: skipped runs/stream.json: not a regular file (a FIFO, socket or device)");
    }

    @Test
    void nothing_to_check_at_all_is_a_usage_error_so_that_a_wrong_folder_never_passes_silently() throws IOException {
        Files.createDirectories(folder.resolve("empty"));
        Files.writeString(folder.resolve("empty/notes.txt"), "no recordings yet");

        Outcome outcome = Invocation.in(folder).run("validate", "empty");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errLines()).containsExactly(
                "runspec validate: no *.json, *.ndjson or *.jsonl files found in empty (see 'runspec validate --help')");
    }

    @Test
    void an_empty_folder_beside_others_is_noted() throws IOException {
        write("runs/a.json");
        Files.createDirectories(folder.resolve("empty"));

        Outcome outcome = Invocation.in(folder).run("validate", "runs", "empty");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.errLines()).containsExactly("runspec: no *.json, *.ndjson or *.jsonl files found in empty");
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, conforming.replace("\n", " ") + "\n");
        }
    }

    private static boolean trySymbolicLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder(List.of("mkfifo", path.toString())).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
