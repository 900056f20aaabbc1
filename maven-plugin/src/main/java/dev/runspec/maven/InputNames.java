package dev.runspec.maven;

import java.nio.file.Path;

/**
 * Names files the way reports and the build log show them: relative to the directory Maven was
 * started in, with forward slashes, so that IDEs and CI link them; absolute when outside it.
 */
final class InputNames {

    private final Path base;

    InputNames(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
