package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents under {@code lifecycle/<schema id>/} that break or keep each row of
 * {@code schemas/spec/<schema id>.lifecycle.md}: each follows its schema, each names a rule of its
 * schema's table, and each rule has a document that breaks it and one that keeps it. Whether the
 * rules report them is the lifecycle evaluator's test.
 */
class LifecycleTestDocumentsTests {

    private static final Path SPEC = Path.of("../schemas/spec");
    private static final Pattern RULE_CELL = Pattern.compile("^\\| `(lifecycle-[a-z0-9-]+)` \\|");
    private static final Pattern NAME = Pattern.compile("(lifecycle-[a-z0-9-]+)\\.(break|keep)-\\d+\\.json");
    private static final RunValidator STRICT = RunValidator.builder()
            .policy(SeverityPolicy.defaults().strict(true).with(Rule.UNKNOWN_VALUE, Severity.ERROR))
            .build();

    static Stream<Arguments> documents() {
        return BundledDocuments.in("lifecycle");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void every_document_follows_its_schema_and_names_a_rule_of_its_table(String schemaId, Path document) throws IOException {
        Matcher name = NAME.matcher(document.getFileName().toString());

        assertThat(name.matches()).as("%s is named <rule-id>.break-N.json or <rule-id>.keep-N.json", document.getFileName()).isTrue();
        assertThat(rulesOf(schemaId)).contains(name.group(1));
        assertThat(STRICT.validate(schemaId, document).violations()).as(document.getFileName().toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"comfydeploy-v1-webhook", "comfydeploy-v2-webhook", "runflow-callback"})
    void every_rule_has_a_document_that_breaks_it_and_one_that_keeps_it(String schemaId) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/lifecycle", schemaId))) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        for (String rule : rulesOf(schemaId)) {
            assertThat(names).as(rule).anyMatch(n -> n.startsWith(rule + ".break-")).anyMatch(n -> n.startsWith(rule + ".keep-"));
        }
    }

    private static Set<String> rulesOf(String schemaId) throws IOException {
        Set<String> rules = new TreeSet<>();
        for (String line : Files.readAllLines(SPEC.resolve(schemaId + ".lifecycle.md"))) {
            Matcher cell = RULE_CELL.matcher(line);
            if (cell.find()) {
                rules.add(cell.group(1));
            }
        }
        assertThat(rules).as("rules of %s.lifecycle.md", schemaId).isNotEmpty();
        return rules;
    }
}
