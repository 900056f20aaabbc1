package dev.runspec.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed {@code *.sequence.json} rules are exactly what the {@code spec/*.sequence.md}
 * tables generate; with {@code -Drunspec.regenerate=true} this test writes them first.
 */
class GeneratedSequenceRulesTests {

    private static Path module;
    private static Map<String, String> generated;

    @BeforeAll
    static void generate() throws IOException {
        module = ModuleDirectory.path();
        generated = new SequenceRulesGenerator(module).generate();
        if (Boolean.getBoolean("runspec.regenerate")) {
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(module.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            for (String stray : strayFiles()) {
                Files.delete(module.resolve(SchemaGenerator.OUTPUT_DIR).resolve(stray));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> committedRulesMatchTheSequenceTables() {
        return generated.entrySet().stream().map(file -> dynamicTest(file.getKey(), () -> {
            Path committed = module.resolve(file.getKey());
            if (!Files.exists(committed) || !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
                String name = committed.getFileName().toString();
                fail("schemas/%s is missing or differs from what schemas/spec/%s generates; regenerate it with: %s",
                        file.getKey(), name.replace(".json", ".md"), GeneratedSchemasTests.REGENERATE);
            }
        }));
    }

    @Test
    void everyRunSchemaHasSequenceRules() {
        assertThat(generated.keySet()).containsExactly(
                SchemaGenerator.OUTPUT_DIR + "/comfydeploy-v1-ts.sequence.json",
                SchemaGenerator.OUTPUT_DIR + "/comfydeploy-v1.sequence.json",
                SchemaGenerator.OUTPUT_DIR + "/comfydeploy-v2.sequence.json",
                SchemaGenerator.OUTPUT_DIR + "/runflow-v1.sequence.json");
    }

    @Test
    void noStraySequenceFiles() throws IOException {
        assertThat(strayFiles()).as("sequence rule files no table generates; regenerate with: %s",
                GeneratedSchemasTests.REGENERATE).isEmpty();
    }

    @Test
    void aRuleBuiltOnAnInferredFactCannotBeAnError() {
        assertThatThrownBy(() -> parse("| `sequence-x` | kept | | `outputs` | error | Kept. | lifecycle.md | I |"))
                .hasMessage("spec/x.sequence.md:20: 'sequence-x' rests on an inferred fact, so it warns; it cannot be an error");
    }

    @Test
    void anUnknownShapeIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("| `sequence-x` | growing | | `outputs` | warning | Kept. | lifecycle.md | I |"))
                .hasMessageStartingWith("spec/x.sequence.md:20: shape 'growing' is not one of constant, follows, kept");
    }

    @Test
    void followsNamesOnlyStatusesOfTheTable() {
        assertThatThrownBy(() -> parse("| `sequence-x` | follows | | `running -> waiting` | warning | W. | lifecycle.md | I |"))
                .hasMessage("spec/x.sequence.md:20: 'waiting' is not a status of this table");
    }

    @Test
    void aRuleIdStartsWithSequence() {
        assertThatThrownBy(() -> parse("| `terminal-changed` | terminal | | `status` | error | T. | lifecycle.md | S |"))
                .hasMessage("spec/x.sequence.md:20: rule id 'terminal-changed' must be kebab-case and start with sequence-");
    }

    private static SequenceTable parse(String ruleRow) {
        List<String> lines = new ArrayList<>(List.of(
                "# x", "",
                "## Run", "", "| Key | Members |", "| --- | --- |", "| run id | `id` |", "| status | `status` |",
                "| terminal | `done` |", "",
                "## Transitions", "", "| Status | May be followed by |", "| --- | --- |", "| `running` | `done` |", "",
                "## Rules", "| Rule | Shape | When | Members | Severity | Statement | Source | S/I |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"));
        lines.add(ruleRow);
        return SequenceTable.parse("x", "spec/x.sequence.md", lines);
    }

    private static List<String> strayFiles() throws IOException {
        try (Stream<Path> files = Files.list(module.resolve(SchemaGenerator.OUTPUT_DIR))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SequenceRulesGenerator.SUFFIX + ".json"))
                    .filter(name -> !generated.containsKey(SchemaGenerator.OUTPUT_DIR + "/" + name))
                    .sorted().toList();
        }
    }
}
