package dev.runspec.cli;

import dev.runspec.core.LineResult;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.report.InputResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Validates each input in turn: a file whole, an NDJSON file or stream line by line (streaming,
 * one result per line), standard input once. Results keep no parsed documents, so a long run
 * holds only its violations.
 */
final class InputChecker implements InputLoop.Reading {

    private final RunValidator validator;
    private final String schemaId;
    private final InputStream standardInput;
    private final Progress progress;
    private final Consumer<String> notes;
    private final Optional<SignedDelivery> signed;

    InputChecker(RunValidator validator, String schemaId, InputStream standardInput, Progress progress, Consumer<String> notes) {
        this(validator, schemaId, standardInput, progress, notes, Optional.empty());
    }

    /** With a signature to check against the raw bytes of each whole-file input. */
    InputChecker(RunValidator validator, String schemaId, InputStream standardInput, Progress progress, Consumer<String> notes,
            Optional<SignedDelivery> signed) {
        this.validator = validator;
        this.schemaId = schemaId;
        this.standardInput = standardInput;
        this.progress = progress;
        this.notes = notes;
        this.signed = signed;
    }

    List<InputResult> check(List<Input> inputs) {
        return InputLoop.check(inputs, this, progress, notes);
    }

    @Override
    public void lines(Input input, Consumer<LineResult> each) {
        if (input.isStandardInput()) {
            validator.validateLines(schemaId, standardInput, each);
        } else {
            validator.validateLines(schemaId, input.path(), each);
        }
    }

    @Override
    public ValidationResult whole(Input input) {
        if (signed.isPresent()) {
            return checkSigned(input, signed.get());
        }
        return input.isStandardInput() ? validator.validate(schemaId, standardInput) : validator.validate(schemaId, input.path());
    }

    /**
     * The body's verdict plus its signature's, both over the same raw bytes. A body that cannot be
     * read, or is too large, is reported as such and its signature is not checked.
     */
    private ValidationResult checkSigned(Input input, SignedDelivery delivery) {
        long limit = validator.limits().maxDocumentBytes();
        byte[] raw;
        try {
            if (input.isStandardInput()) {
                raw = standardInput.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (raw.length > limit) {
                    return validator.validate(schemaId, new ByteArrayInputStream(raw));
                }
            } else if (Files.isRegularFile(input.path()) && Files.size(input.path()) <= limit) {
                raw = Files.readAllBytes(input.path());
            } else {
                return validator.validate(schemaId, input.path());
            }
        } catch (IOException e) {
            // the validator reads it again and reports it as unreadable, in its own words
            return input.isStandardInput() ? validator.validate(schemaId, standardInput) : validator.validate(schemaId, input.path());
        }
        return validator.validate(schemaId, raw).withViolations(delivery.check(raw, validator.policy()));
    }
}
