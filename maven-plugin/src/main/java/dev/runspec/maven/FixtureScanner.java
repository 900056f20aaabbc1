package dev.runspec.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Lists the files of a {@link FixtureSet}, in a stable order, with Maven's usual include/exclude
 * patterns. Linked folders are followed, each real folder once, so a link loop cannot make the scan endless;
 * entries passed over (a folder met again, a FIFO, a device, a link to nothing) are noted.
 */
final class FixtureScanner {

    /** Ant patterns of hidden files and of everything inside hidden folders. */
    private static final java.util.List<String> HIDDEN_ENTRIES = java.util.List.of("**/.*", "**/.*/**");


    private final InputNames names;
    private final Consumer<String> notes;

    /** Scans with {@code names} for display; {@code notes} hears of each entry passed over, and why. */
    FixtureScanner(InputNames names, Consumer<String> notes) {
        this.names = names;
        this.notes = notes;
    }

    /**
     * The set's files, sorted by path.
     *
     * @throws MojoExecutionException when the set names no directory, or one that does not exist
     */
    List<Fixture> scan(FixtureSet set) throws MojoExecutionException {
        File directory = set.getDirectory();
        if (directory == null) {
            throw new MojoExecutionException("a fixture set has no <directory>; name the folder that holds the recorded responses");
        }
        if (!directory.isDirectory()) {
            throw new MojoExecutionException("fixture directory " + names.of(directory.toPath())
                    + (directory.exists() ? " is a file, not a directory" : " does not exist")
                    + "; check <directory> in <fixtureSets> or runspec.fixtures");
        }
        DirectoryScanner scanner = new LoopSafeDirectoryScanner(
                (path, reason) -> notes.accept("skipped " + names.of(path) + ": " + reason));
        scanner.setBasedir(directory);
        scanner.setIncludes(set.effectiveIncludes().toArray(String[]::new));
        // Hidden entries are skipped as core's InputFiles rule says, whatever the includes.
        scanner.setExcludes(java.util.stream.Stream.concat(set.getExcludes().stream(), HIDDEN_ENTRIES.stream())
                .toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        String[] included = scanner.getIncludedFiles();
        Arrays.sort(included, (a, b) -> a.replace('\\', '/').compareTo(b.replace('\\', '/')));
        Path base = directory.toPath();
        List<Fixture> fixtures = new ArrayList<>(included.length);
        for (String relative : included) {
            Path file = base.resolve(relative);
            fixtures.add(new Fixture(file, names.of(file), set.getSchema(), set.isSequence()));
        }
        return fixtures;
    }
}
