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
 * The documents under {@code lifecycle-webhooks/<schema id>/} that break or keep each row of
 * {@code schemas/spec/<schema id>.lifecycle.md}: each follows its schema, each names a rule of its
 * schema's table, each rule has a document that breaks it and one that keeps it, a breaking
 * document is reported under its rule and a keeping one gives no lifecycle finding at all.
 */
class LifecycleTestDocumentsTests {

    private static final Path SPEC = Path.of("../schemas/spec");
    private static final Pattern RULE_CELL = Pattern.compile("^\\| `(lifecycle-[a-z0-9-]+)` \\|");
    private static final Pattern NAME = Pattern.compile("(lifecycle-[a-z0-9-]+)\\.(break|keep)-\\d+\\.json");
    private static final RunValidator SCHEMA_ONLY = RunValidator.builder()
            .policy(SeverityPolicy.defaults().strict(true).with(Rule.UNKNOWN_VALUE, Severity.ERROR))
            .lifecycleRules(false)
            .build();
    private static final RunValidator WITH_LIFECYCLE = RunValidator.builder().build();

    static Stream<Arguments> documents() {
        return BundledDocuments.in("lifecycle-webhooks");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void every_document_follows_its_schema_and_names_a_rule_of_its_table(String schemaId, Path document) throws IOException {
        Matcher name = NAME.matcher(document.getFileName().toString());

        assertThat(name.matches()).as("%s is named <rule-id>.break-N.json or <rule-id>.keep-N.json", document.getFileName()).isTrue();
        assertThat(rulesOf(schemaId)).contains(name.group(1));
        assertThat(SCHEMA_ONLY.validate(schemaId, document).violations()).as(document.getFileName().toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void a_breaking_document_is_reported_under_its_rule_and_a_keeping_one_gives_no_lifecycle_finding(String schemaId, Path document) {
        Matcher name = NAME.matcher(document.getFileName().toString());
        assertThat(name.matches()).isTrue();

        List<String> lifecycleRules = WITH_LIFECYCLE.validate(schemaId, document).violations().stream()
                .map(v -> v.rule().id())
                .filter(id -> id.startsWith("lifecycle-"))
                .toList();

        if (name.group(2).equals("break")) {
            assertThat(lifecycleRules).as(document.getFileName().toString()).contains(name.group(1));
        } else {
            assertThat(lifecycleRules).as(document.getFileName().toString()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"comfydeploy-v1-webhook", "comfydeploy-v2-webhook", "runflow-callback"})
    void every_rule_has_a_document_that_breaks_it_and_one_that_keeps_it(String schemaId) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/lifecycle-webhooks", schemaId))) {
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
