package dev.runspec.core;

import dev.runspec.core.internal.LimitMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * The core's answer to hostile and broken recordings: each gets a clear one-line verdict, nothing
 * throws, nothing hangs, and memory stays bounded. (Timeouts here guard against hangs; they are
 * not speed targets.) Malformed text is covered case by case in {@link MalformedInputTests},
 * duplicate keys in {@link DuplicateKeyTests}, limits in {@link LimitsTests}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTests {

    private final RunValidator validator = RunValidator.create();

    @TempDir
    Path dir;

    @Test
    void a_symbolic_link_loop_is_refused_in_one_line() throws IOException {
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);

        assertThat(validator.validate("runflow-v1", loop).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.UNREADABLE);
            assertThat(v.message()).isEqualTo("it is a symbolic link that leads nowhere (a loop or a missing target)");
        });
    }

    @Test
    void a_fifo_is_refused_without_waiting_for_a_writer() throws Exception {
        Path fifo = dir.resolve("runs.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();

        assertThat(validator.validate("runflow-v1", fifo).violations()).extracting(Violation::message)
                .containsExactly("it is not a regular file (a device, FIFO or socket); runspec reads only regular files");
    }

    @Test
    void a_device_is_refused() {
        Path device = Path.of("/dev/zero");
        assumeThat(Files.exists(device)).isTrue();

        assertThat(validator.validate("runflow-v1", device).violations()).extracting(Violation::rule)
                .containsExactly(Rule.UNREADABLE);
    }

    @Test
    void an_unknown_schema_id_is_refused_before_any_input_is_read() {
        assertThatExceptionOfType(UnknownSchemaException.class)
                .isThrownBy(() -> validator.validate("runflow-v2", dir.resolve("never-read.json")))
                .withMessage("unknown schema id 'runflow-v2'; known ids: comfydeploy-v1-ts, comfydeploy-v1,"
                        + " comfydeploy-v2, comfydeploy-v2-error, runflow-v1, comfydeploy-v1-webhook, comfydeploy-v2-webhook, runflow-callback (or auto)");
    }

    @Test
    void a_one_megabyte_string_is_read_and_judged_like_any_other() {
        String huge = queuedRunWith("client_ref", "r".repeat(1024 * 1024));

        ValidationResult result = validator.validate("runflow-v1", huge);

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void a_one_megabyte_cost_string_gets_a_short_message() {
        String costly = queuedRunWith("cost", "0".repeat(1024 * 1024) + "x");

        assertThat(validator.validate("runflow-v1", costly).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.PATTERN);
            assertThat(v.message()).hasSizeLessThan(160);
            assertThat(v.actual().toString()).hasSizeLessThan(80);
        });
    }

    private static String queuedRunWith(String member, String value) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode run = (ObjectNode) mapper.readTree(SchemaViolationsTests.resource("conforming/runflow-v1/queued.json"));
        run.put(member, value);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(run);
    }

    @Test
    void a_single_hundred_megabyte_document_is_refused_by_the_size_limit() throws IOException {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write("{\"metadata\": {\"pad\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(validator.validate("runflow-v1", big).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
            assertThat(v.message()).isEqualTo(LimitMessages.documentTooLargeText(104857625, Limits.defaults()));
        });
    }

    @Test
    void a_hundred_megabyte_ndjson_file_streams_through_a_256_megabyte_heap() throws Exception {
        String good = SchemaViolationsTests.resource("conforming/runflow-v1/running-with-node-runs-and-logs.json")
                .replaceAll("\\s*\\n\\s*", "");
        String bad = good.replace("\"running\"", "\"done\"");
        Path ndjson = dir.resolve("runs.ndjson");
        long lines = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(ndjson)) {
            while (bytes < 100L * 1024 * 1024) {
                String line = lines % 1000 == 999 ? bad : good;
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
                lines++;
            }
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), NdjsonMemoryProbe.class.getName(),
                "runflow-v1", ndjson.toString()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(probe.waitFor()).as(output).isZero();

        String[] figures = output.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        assertThat(Long.parseLong(figures[0])).isEqualTo(lines);
        assertThat(Long.parseLong(figures[2])).isEqualTo(lines / 1000);
        assertThat(Long.parseLong(figures[3])).as("peak heap MiB").isLessThanOrEqualTo(256);
        System.out.printf("100 MB NDJSON: %s lines, peak heap %s MiB, %s ms%n", figures[0], figures[3], figures[4]);
    }
}
