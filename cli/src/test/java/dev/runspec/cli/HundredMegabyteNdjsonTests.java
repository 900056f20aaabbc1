package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostileLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB NDJSON file through the whole command, in a JVM of its own with a 256 MB heap: the
 * lines stream through one at a time and the report keeps verdicts, not documents. (The timeout
 * guards against a hang; it is not a speed target.)
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HundredMegabyteNdjsonTests {

    @Test
    void a_hundred_megabyte_ndjson_file_is_checked_in_a_256_megabyte_heap(@TempDir Path folder) throws Exception {
        HostileLines.Written written = HostileLines.writeHundredMegabytes(folder);

        Process command = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CommandMemoryProbe.class.getName(),
                "validate", "--schema", HostileDocument.SCHEMA, written.file().getFileName().toString()))
                .directory(folder.toFile()).start();
        command.getOutputStream().close();
        String err = new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> out = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(command.waitFor()).as(err).isEqualTo(ExitStatus.DOES_NOT_CONFORM);
        assertThat(out).hasSize((int) written.drifted() + 1).last().isEqualTo(written.runs() + " inputs: "
                + (written.runs() - written.drifted()) + " conform, " + written.drifted() + " do not ("
                + written.drifted() + " errors, 0 warnings)");
        String[] figures = err.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
        assertThat(Long.parseLong(figures[0])).as("peak heap MiB").isLessThanOrEqualTo(256);
        System.out.printf("runspec validate, 100 MB NDJSON: %d runs, peak heap %s MiB, %s ms%n", written.runs(), figures[0], figures[1]);
    }
}
