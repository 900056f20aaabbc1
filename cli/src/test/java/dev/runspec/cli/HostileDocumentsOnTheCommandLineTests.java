package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostileLines;
import dev.runspec.core.HostilePath;
import dev.runspec.core.RunValidator;
import dev.runspec.core.internal.ViolationText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input battery through {@code runspec validate}: every {@link HostileDocument}, as a
 * file, on standard input, and all together in one folder walk beside FIFOs, devices and link
 * loops. Each broken input is one report line, {@code file:line:col: pointer: message [rule]}, and
 * exit status 1; the legal oddities exit 0; nothing else is printed and nothing is changed.
 */
class HostileDocumentsOnTheCommandLineTests {

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeTheHostileDocuments() {
        HostileDocument.writeAllTo(folder);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileDocument.class)
    void each_hostile_file_is_one_report_line_and_exit_status_1(HostileDocument document) {
        Outcome outcome = HostileRun.in(folder, "validate", "--schema", HostileDocument.SCHEMA, document.fileName());

        assertVerdict(document, document.fileName(), outcome);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, mode = EnumSource.Mode.EXCLUDE, names = "HUNDRED_MEGABYTES")
    void each_hostile_document_on_standard_input_gets_the_same_verdict(HostileDocument document) {
        Outcome outcome = HostileRun.in(folder, document.bytes(), "validate", "--schema", HostileDocument.SCHEMA, "-");

        assertVerdict(document, "-", outcome);
    }

    @Test
    void a_folder_of_every_hostile_input_is_walked_to_the_end_with_one_line_per_broken_file(@TempDir Path dir) {
        HostileDocument.writeAllTo(dir);
        List<HostilePath> made = Arrays.stream(HostilePath.values()).filter(p -> p.create(dir).isPresent()).toList();
        HostileLines.writeOneBadLine(dir);

        Outcome outcome = HostileRun.in(dir, "validate", "--schema", HostileDocument.SCHEMA, ".");

        assertThat(outcome.status()).isEqualTo(ExitStatus.DOES_NOT_CONFORM);
        for (HostileDocument document : HostileDocument.values()) {
            List<String> lines = outcome.outLines().stream().filter(line -> line.startsWith(document.fileName() + ":")).toList();
            if (document.conforms()) {
                assertThat(lines).as(document.name()).isEmpty();
            } else {
                assertThat(lines).as(document.name()).singleElement()
                        .satisfies(line -> assertLine(document, document.fileName(), line));
            }
        }
        assertThat(outcome.outLines()).filteredOn(line -> line.startsWith(HostileLines.ONE_BAD_LINE + ":"))
                .singleElement().asString().startsWith(HostileLines.ONE_BAD_LINE + ":" + HostileLines.BAD_LINE + ":");
        int unreadable = made.contains(HostilePath.UNREADABLE) ? 1 : 0;
        long broken = Arrays.stream(HostileDocument.values()).filter(d -> !d.conforms()).count() + 1 + unreadable;
        int inputs = HostileDocument.values().length + HostileLines.RUNS + unreadable;
        assertThat(outcome.outLines()).last().asString().startsWith(inputs + " inputs: " + (inputs - broken) + " conform, "
                + broken + " do not");
        List<String> skipped = made.stream().filter(p -> p != HostilePath.MISSING && p != HostilePath.UNREADABLE)
                .map(p -> p == HostilePath.FOLDER_LOOP ? p.fileName() + "/back" : p.fileName()).toList();
        assertThat(outcome.errLines()).hasSameSizeAs(skipped).allSatisfy(note -> assertThat(note).startsWith("runspec: skipped "));
        skipped.forEach(name -> assertThat(outcome.err()).contains("runspec: skipped " + name + ": "));
    }

    @Test
    void an_ndjson_file_with_one_bad_line_reports_that_line_and_checks_the_others(@TempDir Path dir) {
        Path file = HostileLines.writeOneBadLine(dir);
        List<String> expected = new ArrayList<>();
        RunValidator.create().validateLines(HostileDocument.SCHEMA, file, line -> line.result().violations()
                .forEach(v -> expected.add(ViolationText.of(HostileLines.ONE_BAD_LINE, line.lineNumber(), v, false))));

        Outcome outcome = HostileRun.in(dir, "validate", "--schema", HostileDocument.SCHEMA, HostileLines.ONE_BAD_LINE);

        assertThat(outcome.status()).isEqualTo(ExitStatus.DOES_NOT_CONFORM);
        assertThat(expected).singleElement().asString().startsWith(HostileLines.ONE_BAD_LINE + ":" + HostileLines.BAD_LINE + ":592: ")
                .endsWith("[malformed-json]");
        expected.add("5 inputs: 4 conform, 1 does not (1 error, 0 warnings)");
        assertThat(outcome.outLines()).isEqualTo(expected);
        assertThat(outcome.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostileDocument.class, names = {"DEEP_NESTING", "LONG_NUMBER", "HUNDRED_MEGABYTES"})
    void the_limit_options_named_in_the_message_let_the_document_through(HostileDocument document) {
        Outcome outcome = HostileRun.in(folder, "validate", "--schema", HostileDocument.SCHEMA, "--max-nesting-depth", "100010",
                "--max-number-length", "20000", "--max-document-size", "200M", "--max-string-length", "209715200",
                document.fileName());

        assertThat(outcome.out()).doesNotContain("[limit-exceeded]");
        assertThat(outcome.err()).isEmpty();
    }

    static void assertVerdict(HostileDocument document, String name, Outcome outcome) {
        assertThat(outcome.err()).isEmpty();
        if (document.conforms()) {
            assertThat(outcome.status()).isEqualTo(ExitStatus.CONFORMS);
            assertThat(outcome.outLines()).containsExactly("1 input: 1 conforms, 0 do not (0 errors, 0 warnings)");
            return;
        }
        assertThat(outcome.status()).isEqualTo(ExitStatus.DOES_NOT_CONFORM);
        assertThat(outcome.outLines()).hasSize(2).last().isEqualTo("1 input: 0 conform, 1 does not (1 error, 0 warnings)");
        assertLine(document, name, outcome.outLines().get(0));
    }

    /** The document's line, ending with the command line's advice when it is beyond a limit. */
    static void assertLine(HostileDocument document, String name, String line) {
        assertLine(name, document.reason(), document.rule().id(), line);
        document.limit().ifPresent(limit -> assertThat(line).endsWith("; " + Advice.raise(limit) + " [limit-exceeded]"));
    }

    /** {@code name:line:col: /pointer: message [rule]}, with the reason in the message. */
    static void assertLine(String name, String reason, String rule, String line) {
        assertThat(line).matches(Pattern.quote(name) + ":\\d+:\\d+: (\\(document\\)|/[\\w/]+): .*" + Pattern.quote(reason)
                + ".* \\[" + Pattern.quote(rule) + "\\]").hasSizeLessThan(400);
    }
}
