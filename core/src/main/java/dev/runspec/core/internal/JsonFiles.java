package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>A JSON file read as runspec reads every input, before any schema: the refusals of paths
 * that are not readable regular files, the size, nesting, string and number limits, UTF-16/32 and
 * invalid UTF-8, a byte-order mark, malformed JSON with its line and column, duplicate keys. The
 * validator and the other readers of JSON files (the pact-file checker) read through it, so they
 * give the same verdicts. Immutable and safe to share between threads.
 */
public final class JsonFiles {

    private final FileRefusals refusals;
    private final JsonDocumentReader reader;

    public JsonFiles(Limits limits, PolicyLabels labels) {
        this.refusals = new FileRefusals(limits, labels);
        this.reader = new JsonDocumentReader(limits, labels);
    }

    /**
     * The file's tree (null when there is none), what reading found, and its text (decoded
     * without a byte-order mark) for placing later findings.
     */
    public ParsedDocument read(Path file) {
        Optional<ValidationResult> refused = refusals.refuse("", file, true);
        if (refused.isPresent()) {
            return new ParsedDocument(null, refused.get().violations(), null);
        }
        try {
            return reader.read(Files.readAllBytes(file));
        } catch (IOException e) {
            return new ParsedDocument(null,
                    refusals.unreadable("", "the file could not be read: " + FileRefusals.describe(e)).violations(), null);
        }
    }
}
