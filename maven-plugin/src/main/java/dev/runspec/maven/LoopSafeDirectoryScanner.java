package dev.runspec.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Maven's directory scanner, following symbolic links as usual but entering each real folder only
 * once. A link back to a folder being scanned would otherwise be walked again at every level until
 * the operating system gives up (some forty levels, each finding every fixture again), and two such
 * links make the walk exponential: a build that never ends.
 *
 * <p>What the scan passes over is told to {@code skipped} with the reason: a folder reached a second
 * time, and entries matching the includes that are neither files nor folders (a FIFO, a device, a
 * symbolic link to nothing), which Maven's scanner would leave out without a word.
 */
final class LoopSafeDirectoryScanner extends DirectoryScanner {

    private final Set<String> entered = new HashSet<>();
    private final BiConsumer<Path, String> skipped;

    LoopSafeDirectoryScanner(BiConsumer<Path, String> skipped) {
        this.skipped = skipped;
    }

    @Override
    protected void scandir(File dir, String vpath, boolean fast) {
        if (!entered.add(realPath(dir))) {
            skipped.accept(dir.toPath(), "it leads to a folder already searched (a symbolic link loop?)");
            return;
        }
        noteEntriesThatAreNotFiles(dir, vpath);
        super.scandir(dir, vpath, fast);
    }

    private void noteEntriesThatAreNotFiles(File dir, String vpath) {
        String[] names = dir.list();
        if (names == null) {
            return;
        }
        Arrays.sort(names);
        for (String name : names) {
            File entry = new File(dir, name);
            String relative = vpath + name;
            if (entry.isDirectory() || entry.isFile() || !isIncluded(relative) || isExcluded(relative)) {
                continue;
            }
            Path path = entry.toPath();
            skipped.accept(path, Files.isSymbolicLink(path) && !Files.exists(path)
                    ? "it is a symbolic link to nothing (a loop or a missing target)"
                    : "it is not a regular file (a FIFO, socket or device)");
        }
    }

    private static String realPath(File dir) {
        try {
            return dir.toPath().toRealPath().toString();
        } catch (IOException e) {
            return dir.getAbsolutePath();
        }
    }
}
