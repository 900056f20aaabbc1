package dev.runspec.maven;

import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Maven's directory scanner, following symbolic links as usual but entering each real folder only
 * once. A link back to a folder being scanned would otherwise be walked again at every level until
 * the operating system gives up (some forty levels, each finding every fixture again), and two such
 * links make the walk exponential: a build that never ends.
 */
final class LoopSafeDirectoryScanner extends DirectoryScanner {

    private final Set<String> entered = new HashSet<>();

    @Override
    protected void scandir(File dir, String vpath, boolean fast) {
        if (entered.add(realPath(dir))) {
            super.scandir(dir, vpath, fast);
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
