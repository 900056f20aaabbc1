package dev.runspec.benchmarks;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The schemas the peers read are exactly the mechanical rewrite of the bundled ones, so a change to
 * a bundled schema cannot leave the peers checking something else. With
 * {@code -Drunspec.regenerate=true} the test first rewrites them.
 */
class EquivalentSchemasTests {

    static final String REGENERATE = "./mvnw -B -pl benchmarks test -Drunspec.regenerate=true";

    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/main/resources/dev/runspec/benchmarks");

    private static Map<String, String> derived;

    @BeforeAll
    static void derive() throws IOException {
        derived = PeerSchemas.derived();
        if (Boolean.getBoolean("runspec.regenerate")) {
            for (Map.Entry<String, String> file : derived.entrySet()) {
                Path target = RESOURCES.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> committed_peer_schemas_are_the_rewrite_of_the_bundled_ones() {
        return derived.entrySet().stream().map(file -> dynamicTest(file.getKey(), () -> {
            Path committed = RESOURCES.resolve(file.getKey());
            if (!Files.exists(committed)) {
                fail("%s is missing; write it with: %s", committed, REGENERATE);
            }
            if (!Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
                fail("%s is not the rewrite of the bundled schema any more; rewrite it with: %s", committed, REGENERATE);
            }
        }));
    }
}
