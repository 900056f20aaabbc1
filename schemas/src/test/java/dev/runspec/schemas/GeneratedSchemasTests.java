package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed schemas and catalogue are exactly what the spec tables generate. With
 * {@code -Drunspec.regenerate=true} the same test first writes them, so this is also the generator's
 * entry point.
 */
class GeneratedSchemasTests {

    static final String REGENERATE = "./mvnw -B -pl schemas test -Drunspec.regenerate=true";

    private static Path module;
    private static Map<String, String> generated;

    @BeforeAll
    static void generate() throws IOException {
        module = ModuleDirectory.path();
        generated = new SchemaGenerator(module).generate();
        if (Boolean.getBoolean("runspec.regenerate")) {
            write();
        }
    }

    @TestFactory
    Stream<DynamicTest> committedFilesMatchTheSpecTables() {
        return generated.entrySet().stream().map(file -> dynamicTest(file.getKey(), () -> {
            Path committed = module.resolve(file.getKey());
            if (!Files.exists(committed)) {
                fail("schemas/%s is missing; regenerate it with: %s", file.getKey(), REGENERATE);
            }
            String actual = Files.readString(committed, StandardCharsets.UTF_8);
            if (!actual.equals(file.getValue())) {
                fail("schemas/%s differs from what %s generates (first difference at line %d); regenerate it with: %s",
                        file.getKey(), origin(file.getKey()), firstDifferentLine(actual, file.getValue()), REGENERATE);
            }
        }));
    }

    @Test
    void schemaDirectoryHoldsOnlyGeneratedFiles() throws IOException {
        assertThat(strayFiles())
                .as("files in schemas/%s that no spec table generates; delete them or regenerate with: %s",
                        SchemaGenerator.OUTPUT_DIR, REGENERATE)
                .isEmpty();
    }

    private static void write() throws IOException {
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = module.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        for (String stray : strayFiles()) {
            Files.delete(module.resolve(SchemaGenerator.OUTPUT_DIR).resolve(stray));
        }
    }

    private static List<String> strayFiles() throws IOException {
        Path directory = module.resolve(SchemaGenerator.OUTPUT_DIR);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Set<String> expected = generated.keySet();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .filter(name -> !name.endsWith(SequenceRulesGenerator.SUFFIX + ".json"))
                    .filter(name -> !expected.contains(SchemaGenerator.OUTPUT_DIR + "/" + name))
                    .sorted()
                    .toList();
        }
    }

    private static String origin(String file) {
        String name = Path.of(file).getFileName().toString();
        if (name.equals(SchemaGenerator.CATALOGUE)) {
            return "schemas/spec/catalogue.md";
        }
        return name.endsWith(".lifecycle.json")
                ? "schemas/spec/" + name.substring(0, name.length() - ".lifecycle.json".length()) + ".lifecycle.md"
                : "schemas/spec/" + name.substring(0, name.length() - ".schema.json".length()) + ".md";
    }

    private static int firstDifferentLine(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        int line = 0;
        while (line < a.length && line < e.length && a[line].equals(e[line])) {
            line++;
        }
        return line + 1;
    }
}
