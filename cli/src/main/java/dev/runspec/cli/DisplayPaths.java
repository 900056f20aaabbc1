package dev.runspec.cli;

import java.nio.file.Path;

/** How reports name files: relative to the working directory, with forward slashes on every system. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path file, Path workingDirectory) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = workingDirectory.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute;
        }
        String text = shown.toString().replace(file.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }
}
