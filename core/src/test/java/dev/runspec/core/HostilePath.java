package dev.runspec.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Paths that are not readable files, as every front end meets them: named on its own or found in
 * a folder. Each is made in a given folder by {@link #create(Path)}, which answers empty where the
 * platform cannot make it (no {@code mkfifo}, no symbolic links), so tests can skip rather than fail.
 */
public enum HostilePath {

    /** A name that is not there. */
    MISSING("missing.json", "no such file"),
    /** A symbolic link to itself: following it never ends. */
    SYMLINK_LOOP("loop.json", "a symbolic link that leads nowhere"),
    /** A named pipe with no writer: opening it for reading would wait forever. */
    FIFO("fifo.json", "not a regular file"),
    /** A link to {@code /dev/zero}: reading it never ends. */
    DEVICE("device.json", "not a regular file"),
    /**
     * A file that cannot be read: mode 000, or, where permissions do not bind (running as root), a
     * link to {@code /proc/self/mem}, whose reads fail with an I/O error.
     */
    UNREADABLE("unreadable.json", "permission denied"),
    /**
     * A folder holding a link back to the folder it is in, {@code looped/back}: a walk that follows
     * it meets every file again, and again. Only folder walks meet it.
     */
    FOLDER_LOOP("looped", "");

    private final String fileName;
    private final String reason;

    HostilePath(String fileName, String reason) {
        this.fileName = fileName;
        this.reason = reason;
    }

    /** The name of the entry in its folder. */
    public String fileName() {
        return fileName;
    }

    /** The rule runspec reports for the path when asked to read it as a document. */
    public Rule rule() {
        return Rule.UNREADABLE;
    }

    /**
     * A phrase of the one-line message runspec gives when the path is named as a document. For
     * {@link #UNREADABLE} it depends on how the file was made unreadable; ask after {@link #create}.
     */
    public String reason() {
        if (this == UNREADABLE && PermissionsBind.ANSWER == Boolean.FALSE) {
            return "could not be read: Input/output error";
        }
        return reason;
    }

    /** Makes the entry in {@code folder} and returns its path, or empty where the platform cannot make it. */
    public Optional<Path> create(Path folder) {
        Path path = folder.resolve(fileName);
        try {
            switch (this) {
                case MISSING -> {
                    return Optional.of(path);
                }
                case SYMLINK_LOOP -> Files.createSymbolicLink(path, path.getFileName());
                case FIFO -> {
                    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
                    mkfifo.getInputStream().readAllBytes();
                    if (mkfifo.waitFor() != 0) {
                        return Optional.empty();
                    }
                }
                case DEVICE -> {
                    if (!Files.exists(Path.of("/dev/zero"))) {
                        return Optional.empty();
                    }
                    Files.createSymbolicLink(path, Path.of("/dev/zero"));
                }
                case UNREADABLE -> {
                    if (PermissionsBind.ANSWER == null) {
                        return Optional.empty();
                    }
                    if (PermissionsBind.ANSWER) {
                        Files.writeString(path, HostileDocument.conformingRun());
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
                    } else {
                        Files.createSymbolicLink(path, Path.of("/proc/self/mem"));
                    }
                }
                case FOLDER_LOOP -> {
                    Files.createDirectories(path);
                    Files.createSymbolicLink(path.resolve("back"), Path.of(".."));
                }
                default -> throw new IllegalStateException(name());
            }
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Makes every entry that the platform can make in {@code folder}. */
    public static void createAllIn(Path folder) {
        for (HostilePath path : values()) {
            path.create(folder);
        }
    }

    /**
     * Whether a mode-000 file is unreadable here: true, false (root), or null when neither that
     * nor {@code /proc/self/mem} can make a file unreadable.
     */
    private static final class PermissionsBind {

        static final Boolean ANSWER = probe();

        private static Boolean probe() {
            try {
                Path probe = Files.createTempFile("runspec-permissions", ".json");
                try {
                    Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
                    if (!Files.isReadable(probe)) {
                        return true;
                    }
                } finally {
                    Files.delete(probe);
                }
                return Files.isRegularFile(Path.of("/proc/self/mem")) ? false : null;
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }

        private PermissionsBind() {
        }
    }
}
