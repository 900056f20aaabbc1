package dev.runspec.cli;

import dev.runspec.core.LineResult;
import dev.runspec.core.Rule;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.report.InputResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds every input to one {@link SequenceChecker}, in order: an NDJSON file or standard input line
 * by line (streaming), a JSON file as one response. Results keep no parsed documents.
 */
final class PollLogReader {

    private final SequenceChecker checker;
    private final InputStream standardInput;
    private final Progress progress;
    private final Consumer<String> notes;

    PollLogReader(SequenceChecker checker, InputStream standardInput, Progress progress, Consumer<String> notes) {
        this.checker = checker;
        this.standardInput = standardInput;
        this.progress = progress;
        this.notes = notes;
    }

    List<InputResult> check(List<Input> inputs) {
        List<InputResult> results = new ArrayList<>();
        int done = 0;
        try {
            for (Input input : inputs) {
                int before = results.size();
                if (input.lines()) {
                    int filesDone = done;
                    Consumer<LineResult> each = line -> {
                        results.add(new InputResult(input.name(), line.lineNumber(), advised(line.result())));
                        progress.update(filesDone, inputs.size(), results.size());
                    };
                    if (input.isStandardInput()) {
                        checker.acceptLines(input.name(), standardInput, each);
                    } else {
                        checker.acceptLines(input.name(), input.path(), each);
                    }
                    if (results.size() == before) {
                        notes.accept(input.name() + ": no responses in it (every line is blank)");
                    }
                } else {
                    results.add(InputResult.of(input.name(), advised(checker.acceptFile(input.name(), input.path()))));
                }
                progress.update(++done, inputs.size(), results.size());
            }
        } finally {
            progress.finish();
        }
        return results;
    }

    private static ValidationResult advised(ValidationResult result) {
        return result.withoutDocument().withAdvice(Rule.UNDETECTED_SCHEMA, "name one with --schema (see 'runspec schemas')");
    }
}
