package dev.runspec.cli;

import dev.runspec.core.LineResult;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.report.InputResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The walk every checking command makes over its inputs: an NDJSON file or stream line by line
 * (streaming, one result per line, a note when every line is blank), any other input whole, with
 * progress shown as it goes. What a command does with one input is its {@link Reading}; every
 * result is kept without its parsed tree and with the command line's advice.
 */
final class InputLoop {

    /** How a command reads one input. */
    interface Reading {

        /** Hands {@code each} the verdict of every line of an NDJSON input, in order. */
        void lines(Input input, Consumer<LineResult> each);

        /** The verdict of a whole input. */
        ValidationResult whole(Input input);
    }

    private InputLoop() {
    }

    static List<InputResult> check(List<Input> inputs, Reading reading, Progress progress, Consumer<String> notes) {
        List<InputResult> results = new ArrayList<>();
        int done = 0;
        try {
            for (Input input : inputs) {
                int before = results.size();
                if (input.lines()) {
                    int filesDone = done;
                    reading.lines(input, line -> {
                        results.add(new InputResult(input.name(), line.lineNumber(), advised(line.result())));
                        progress.update(filesDone, inputs.size(), results.size());
                    });
                    if (results.size() == before) {
                        notes.accept(input.name() + ": no responses in it (every line is blank)");
                    }
                } else {
                    results.add(InputResult.of(input.name(), advised(reading.whole(input))));
                }
                progress.update(++done, inputs.size(), results.size());
            }
        } finally {
            progress.finish();
        }
        return results;
    }

    /** The result as the report shows it: without its tree, with the command line's advice. */
    private static ValidationResult advised(ValidationResult result) {
        return Advice.forResponse(result.withoutDocument());
    }
}
