package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lifecycle rule against small documents that break it and keep it, as the table in
 * {@code src/test/resources/lifecycle/cases.md} states: the rule, the pointer it blames, its
 * severity and position, the other members it names (pointer and position) and the message.
 */
class LifecycleRulesTests {

    private static final Path FOLDER = Path.of("src/test/resources/lifecycle");
    private static final RunValidator VALIDATOR = RunValidator.create();

    record Case(int line, String document, String schema, String rule, String pointer, String severity, String at,
            String related, String message) {

        boolean breaks() {
            return !pointer.equals("-");
        }

        @Override
        public String toString() {
            return document + " " + (breaks() ? "breaks " : "keeps ") + rule;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(FOLDER.resolve("cases.md"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("| `") ) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            List<String> c = Stream.of(cells).map(cell -> cell.strip().replaceAll("^`|`$", "")).toList();
            cases.add(Arguments.of(new Case(i + 1, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_document_breaks_or_keeps_its_rule_as_the_table_says(Case expected) {
        ValidationResult result = VALIDATOR.validate(expected.schema(), FOLDER.resolve(expected.document()));
        List<Violation> found = result.violations().stream().filter(v -> v.rule().id().equals(expected.rule())).toList();

        if (!expected.breaks()) {
            assertThat(found).as("cases.md:%d", expected.line()).isEmpty();
            return;
        }
        assertThat(found).as("cases.md:%d", expected.line()).hasSize(1);
        Violation violation = found.get(0);
        assertThat(List.of(violation.pointer(), violation.severity().id(), violation.position(), related(violation), violation.message()))
                .as("cases.md:%d", expected.line())
                .containsExactly(expected.pointer(), expected.severity(), expected.at(), expected.related(), expected.message());
    }

    @Test
    void the_table_covers_each_rule_with_two_documents_that_break_it_and_two_that_keep_it() throws IOException {
        List<Case> all = cases().map(a -> (Case) a.get()[0]).toList();
        // webhook and callback bodies have their documents under lifecycle-webhooks/ (LifecycleTestDocumentsTests)
        Set<String> ids = SchemaCatalogue.bundled().schemas().stream()
                .filter(s -> !Files.isDirectory(Path.of("src/test/resources/lifecycle-webhooks", s.id())))
                .flatMap(s -> SchemaCatalogue.bundled().lifecycleRules(s.id()).stream())
                .map(r -> r.rule().id()).collect(Collectors.toSet());
        assertThat(all).extracting(Case::rule).allMatch(ids::contains);
        for (String id : ids) {
            assertThat(all.stream().filter(c -> c.rule().equals(id) && c.breaks()).map(Case::document).distinct().count())
                    .as("documents that break %s", id).isGreaterThanOrEqualTo(2);
            assertThat(all.stream().filter(c -> c.rule().equals(id) && !c.breaks()).map(Case::document).distinct().count())
                    .as("documents that keep %s", id).isGreaterThanOrEqualTo(2);
        }
    }

    static String related(Violation violation) {
        return violation.related().isEmpty() ? "-" : violation.related().stream()
                .map(r -> r.pointer() + " " + r.position()).collect(Collectors.joining(", "));
    }
}
