package dev.runspec.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every recorded case through the Rust core again, when it can: with node on the PATH and
 * {@code RUNSPEC_PACT_JS} naming the {@code node_modules} folder of an install of pact-js 16 made
 * outside the repository ({@code npm install @pact-foundation/pact@16}). Without them the
 * committed verdicts stand and this test says why it did not run.
 */
class RustCoreLiveTests {

    @TempDir
    Path dir;

    @Test
    void the_rust_core_gives_the_recorded_verdict_for_every_case() throws Exception {
        String pactJs = System.getenv("RUNSPEC_PACT_JS");
        Assumptions.assumeTrue(pactJs != null && Files.isDirectory(Path.of(pactJs, "@pact-foundation", "pact-core")),
                "not run: RUNSPEC_PACT_JS does not name a node_modules folder with @pact-foundation/pact-core; the committed"
                        + " Rust-core verdicts stand (see pact/src/test/rust-core/README.md)");
        Assumptions.assumeTrue(runs("node", "--version"), "not run: node is not on the PATH; the committed Rust-core verdicts stand");
        Path table = Files.copy(EngineOracle.RUST_CORE_TABLE, dir.resolve("verdicts.tsv"));

        ProcessBuilder node = new ProcessBuilder("node", Path.of("src", "test", "rust-core", "verdicts.js").toString(), table.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile());
        node.environment().put("NODE_PATH", pactJs);
        Process process = node.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("verdicts.js finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("node.log"))).isZero();

        assertThat(cases(table)).containsExactlyElementsOf(cases(EngineOracle.RUST_CORE_TABLE));
    }

    private static List<String> cases(Path table) throws IOException {
        return Files.readAllLines(table, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
