package dev.runspec.cli;

import dev.runspec.core.LineResult;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.report.InputResult;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds every input to one {@link SequenceChecker}, in order: an NDJSON file or standard input line
 * by line (streaming), a JSON file as one response. Results keep no parsed documents.
 */
final class PollLogReader implements InputLoop.Reading {

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
        return InputLoop.check(inputs, this, progress, notes);
    }

    @Override
    public void lines(Input input, Consumer<LineResult> each) {
        if (input.isStandardInput()) {
            checker.acceptLines(input.name(), standardInput, each);
        } else {
            checker.acceptLines(input.name(), input.path(), each);
        }
    }

    @Override
    public ValidationResult whole(Input input) {
        return checker.acceptFile(input.name(), input.path());
    }
}
