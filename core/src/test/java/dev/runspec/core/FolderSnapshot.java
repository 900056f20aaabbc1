package dev.runspec.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder holds, entry by entry (kind, size, modification time, link target), without
 * following links or opening files: taken before and after a run to show that runspec changed
 * nothing it was not asked to change.
 *
 * @param entries each entry's path relative to the folder, with what was seen of it
 */
public record FolderSnapshot(Map<String, String> entries) {

    /** The folder as it is now. */
    public static FolderSnapshot of(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(path -> entries.put(folder.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(entries);
    }

    private static String describe(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String kind = attributes.isSymbolicLink() ? "link to " + Files.readSymbolicLink(path)
                    : attributes.isDirectory() ? "folder"
                    : attributes.isRegularFile() ? "file" : "other";
            return kind + ", " + attributes.size() + " bytes, modified " + attributes.lastModifiedTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
