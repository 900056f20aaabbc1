package dev.runspec.cli;

import dev.runspec.core.InputFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the command's PATH arguments into inputs. A file is checked whatever its name; a folder is
 * searched recursively, in name order, for the files core's {@link InputFiles} rule takes (every
 * input kind, or pact files only: documents), so every run reports the same inputs in the same order. Symbolic links are followed, but a link that leads
 * back into a folder being searched is a loop: it is skipped with a note, never followed. Hidden
 * entries (names starting with a dot) and anything that is not a regular file (a FIFO, socket or
 * device) are skipped inside folders, the latter with a note. A file reached twice is checked once.
 */
final class InputCollector {

    private final Path workingDirectory;
    private final Consumer<String> notes;
    private final boolean documentsOnly;
    private final List<Input> inputs = new ArrayList<>();
    private final Set<Object> seenFiles = new HashSet<>();
    private final List<String> emptyFolders = new ArrayList<>();
    private boolean standardInput;

    /** Collects every kind of input: documents and line-delimited files. */
    InputCollector(Path workingDirectory, Consumer<String> notes) {
        this(workingDirectory, notes, false);
    }

    /** With {@code documentsOnly}, a folder search takes {@code *.json} files only, as pact files are. */
    InputCollector(Path workingDirectory, Consumer<String> notes, boolean documentsOnly) {
        this.workingDirectory = workingDirectory;
        this.notes = notes;
        this.documentsOnly = documentsOnly;
    }

    /**
     * The inputs named by {@code arguments}, in order.
     *
     * @throws UsageException when a path does not exist, {@code -} is given twice, or nothing at
     *     all is found to check
     */
    List<Input> collect(List<String> arguments, boolean standardInputLines) {
        for (String argument : arguments) {
            if (Input.STANDARD_INPUT.equals(argument)) {
                if (standardInput) {
                    throw new UsageException("standard input (-) can be read only once");
                }
                standardInput = true;
                inputs.add(Input.standardInput(standardInputLines));
                continue;
            }
            Path path;
            try {
                path = workingDirectory.resolve(argument);
            } catch (InvalidPathException e) {
                throw new UsageException("'" + argument + "' is not a valid path: " + e.getReason());
            }
            if (!Files.exists(path)) {
                throw new UsageException(Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "'" + argument + "' is a symbolic link to nothing"
                        : "no such file or folder: " + argument);
            }
            if (Files.isDirectory(path)) {
                int before = inputs.size();
                walk(path, new ArrayList<>());
                if (inputs.size() == before) {
                    emptyFolders.add(argument);
                }
            } else {
                add(path, isLines(path));
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no " + searched() + " found in " + String.join(", ", emptyFolders));
        }
        emptyFolders.forEach(folder -> note("no " + searched() + " found in " + folder));
        return List.copyOf(inputs);
    }

    private void walk(Path folder, List<Object> ancestors) {
        Object key = keyOf(folder);
        if (ancestors.contains(key)) {
            note("skipped " + DisplayPaths.of(folder, workingDirectory) + ": symbolic link loop (it leads back to a folder being searched)");
            return;
        }
        if (key != null && !seenFiles.add(key)) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (AccessDeniedException e) {
            note("skipped folder " + DisplayPaths.of(folder, workingDirectory) + ": permission denied");
            return;
        } catch (IOException e) {
            note("skipped folder " + DisplayPaths.of(folder, workingDirectory) + ": " + describe(e));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        ancestors.add(key);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (InputFiles.isHidden(entry)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                if (isCandidate(entry)) {
                    note("skipped " + DisplayPaths.of(entry, workingDirectory) + ": "
                            + (e instanceof NoSuchFileException ? "symbolic link to nothing" : describe(e)));
                }
                continue;
            }
            if (attributes.isDirectory()) {
                walk(entry, ancestors);
            } else if (isCandidate(entry)) {
                if (attributes.isRegularFile()) {
                    add(entry, isLines(entry));
                } else {
                    note("skipped " + DisplayPaths.of(entry, workingDirectory) + ": not a regular file (a FIFO, socket or device)");
                }
            }
        }
        ancestors.remove(ancestors.size() - 1);
    }

    private void add(Path file, boolean lines) {
        Object key = keyOf(file);
        if (key == null || seenFiles.add(key)) {
            inputs.add(new Input(DisplayPaths.of(file, workingDirectory), file, lines));
        }
    }

    private void note(String note) {
        notes.accept(note);
    }

    /** What identifies a file whatever the path to it: its file key (device and inode), or its real path. */
    private static Object keyOf(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private boolean isCandidate(Path entry) {
        return documentsOnly ? InputFiles.isSearchedDocument(entry) : InputFiles.isSearched(entry);
    }

    private String searched() {
        return documentsOnly ? "*.json files" : InputFiles.describe();
    }

    static boolean isLines(Path file) {
        return InputFiles.isLineDelimited(file);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
