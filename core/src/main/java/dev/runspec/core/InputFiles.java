package dev.runspec.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one rule of what counts as an input, shared by every front end (the command, the Maven
 * goal, {@code @RecordedRuns}): a {@code .json} file holds one response; a {@code .ndjson} or
 * {@code .jsonl} file holds one response per line, in poll order. A folder is searched for files
 * of either kind, in name order, and a search skips hidden entries (names that start with a dot).
 * A file named on purpose is read whatever its extension, by the kind its name gives (a document
 * unless it ends in {@code .ndjson} or {@code .jsonl}). Extensions are compared ignoring case.
 */
public final class InputFiles {

    /** Extensions of files that hold one response. */
    public static final List<String> DOCUMENT_EXTENSIONS = List.of(".json");

    /** Extensions of files that hold one response per line. */
    public static final List<String> LINE_EXTENSIONS = List.of(".ndjson", ".jsonl");

    private InputFiles() {
    }

    /** True when a folder search takes this file: a document or a line-delimited file, not hidden. */
    public static boolean isSearched(Path file) {
        return !isHidden(file) && (isDocument(file) || isLineDelimited(file));
    }

    /** True when a folder search takes this file as a document only (pact files are documents). */
    public static boolean isSearchedDocument(Path file) {
        return !isHidden(file) && isDocument(file);
    }

    /** True for {@code *.json}. */
    public static boolean isDocument(Path file) {
        return endsWithAny(file, DOCUMENT_EXTENSIONS);
    }

    /** True for {@code *.ndjson} and {@code *.jsonl}: one response per line. */
    public static boolean isLineDelimited(Path file) {
        return endsWithAny(file, LINE_EXTENSIONS);
    }

    /** True when a folder search skips this entry, file or folder: its name starts with a dot. */
    public static boolean isHidden(Path entry) {
        Path name = entry.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The Ant-style patterns of the searched files, for tools that take includes: {@code **}{@code /*.json} and so on. */
    public static List<String> includePatterns() {
        return extensions().map(e -> "**/*" + e).toList();
    }

    /** The searched files in words, for messages: {@code *.json, *.ndjson or *.jsonl files}. */
    public static String describe() {
        List<String> globs = extensions().map(e -> "*" + e).toList();
        return String.join(", ", globs.subList(0, globs.size() - 1)) + " or " + globs.get(globs.size() - 1) + " files";
    }

    private static Stream<String> extensions() {
        return Stream.concat(DOCUMENT_EXTENSIONS.stream(), LINE_EXTENSIONS.stream());
    }

    private static boolean endsWithAny(Path file, List<String> extensions) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }
}
