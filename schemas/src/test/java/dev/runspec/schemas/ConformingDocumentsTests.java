package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run documents that core's tests validate live in core's test resources. This module cannot
 * run the validator, so it checks what it can: every document parses, names only properties its
 * schema declares at the top level, and every schema has at least three of them.
 */
class ConformingDocumentsTests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path MODULE = ModuleDirectory.path();
    private static final Path CONFORMING = MODULE.resolve("../core/src/test/resources/conforming").normalize();
    private static final Path SEED_EXAMPLES = MODULE.resolve("../core/src/test/resources/seed-examples").normalize();
    private static final Path SCHEMAS = MODULE.resolve(SchemaGenerator.OUTPUT_DIR);

    @TestFactory
    Stream<DynamicTest> everyConformingDocumentUsesOnlyTopLevelPropertiesOfItsSchema() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : catalogueIds()) {
            JsonNode properties = JSON.readTree(SCHEMAS.resolve(id + ".schema.json").toFile()).get("properties");
            for (Path document : documents(CONFORMING.resolve(id))) {
                tests.add(dynamicTest(id + "/" + document.getFileName(), () -> {
                    JsonNode run = JSON.readTree(document.toFile());
                    assertThat(run.isObject()).as("%s is a JSON object", document).isTrue();
                    assertThat(run.propertyNames())
                            .as("top-level keys of %s that %s.schema.json does not declare", document, id)
                            .allSatisfy(key -> assertThat(properties.has(key)).as(key).isTrue());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everySchemaHasAtLeastThreeConformingDocuments() throws IOException {
        for (String id : catalogueIds()) {
            assertThat(documents(CONFORMING.resolve(id))).as("conforming documents for %s", id).hasSizeGreaterThanOrEqualTo(3);
        }
        try (Stream<Path> folders = Files.list(CONFORMING)) {
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .as("folders under %s are schema ids", CONFORMING)
                    .isSubsetOf(catalogueIds());
        }
    }

    @Test
    void seedExamplesParseAndAreNamedAfterASchema() throws IOException {
        List<Path> examples = documents(SEED_EXAMPLES);
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            String name = example.getFileName().toString();
            assertThat(catalogueIds()).as("schema id of %s", name).contains(name.substring(0, name.length() - ".json".length()));
            assertThat(JSON.readTree(example.toFile()).isObject()).as("%s is a JSON object", example).isTrue();
        }
    }

    private static List<String> catalogueIds() throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(SCHEMAS.resolve(SchemaGenerator.CATALOGUE).toFile()).get("schemas")
                .forEach(entry -> ids.add(entry.get("id").asString()));
        return ids;
    }

    private static List<Path> documents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
