package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>What the validator says, instead of reading, about a path it cannot or must not read: missing,
 * a folder, a device or FIFO, unreadable, or (for a file that is one document) over the size
 * limit. Each refusal is an {@code unreadable} or {@code limit-exceeded} result, never an exception.
 */
public final class FileRefusals {

    private final Limits limits;
    private final PolicyLabels labels;

    public FileRefusals(Limits limits, PolicyLabels labels) {
        this.limits = limits;
        this.labels = labels;
    }

    public Optional<ValidationResult> refuse(String schemaId, Path file, boolean wholeFileIsOneDocument) {
        if (!Files.exists(file)) {
            return Optional.of(unreadable(schemaId, Files.isSymbolicLink(file)
                    ? "it is a symbolic link that leads nowhere (a loop or a missing target)"
                    : "no such file"));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(unreadable(schemaId, "it is a directory, not a file"));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(unreadable(schemaId, "it is not a regular file (a device, FIFO or socket); runspec reads only regular files"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(unreadable(schemaId, "permission denied"));
        }
        if (!wholeFileIsOneDocument) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                return Optional.of(ValidationResult.of(schemaId, List.of(LimitMessages.documentTooLarge(size, limits, labels))));
            }
        } catch (IOException e) {
            return Optional.of(unreadable(schemaId, "the file could not be read: " + describe(e)));
        }
        return Optional.empty();
    }

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ValidationResult unreadable(String schemaId, String reason) {
        return ValidationResult.of(schemaId, List.of(labels.violation("", Rule.UNREADABLE, null, null, reason, 0, 0)));
    }
}
