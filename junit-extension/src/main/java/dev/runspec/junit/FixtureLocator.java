package dev.runspec.junit;

import dev.runspec.core.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Finds the files a {@link RecordedRuns} names: folders, single files and globs, on the class
 * path (directories and jars) or on the file system. Files come sorted by name; a name found
 * twice on the class path is taken from the first root, as the class loader would.
 */
final class FixtureLocator {

    static final String CLASSPATH = "classpath:";
    private static final String GLOB_CHARACTERS = "*?[{";

    private final ClassLoader loader;
    private final List<FileSystem> opened = new ArrayList<>();

    private FixtureLocator(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The fixtures every pattern matches, in pattern order.
     *
     * @throws IllegalArgumentException with a one-line reason when a pattern matches nothing
     */
    static FixtureSet locate(String[] patterns, ClassLoader loader) {
        FixtureLocator locator = new FixtureLocator(loader);
        try {
            if (patterns.length == 0) {
                throw new IllegalArgumentException("name at least one folder, file or glob of recorded runs");
            }
            Map<String, Fixture> found = new LinkedHashMap<>();
            for (String pattern : patterns) {
                List<Fixture> matched = locator.locate(pattern.trim());
                if (matched.isEmpty()) {
                    throw new IllegalArgumentException("[" + pattern + "] matches no file; " + locator.where(pattern.trim()));
                }
                matched.forEach(fixture -> found.putIfAbsent(fixture.location(), fixture));
            }
            return new FixtureSet(List.copyOf(found.values()), List.copyOf(locator.opened));
        } catch (RuntimeException e) {
            try {
                new FixtureSet(List.of(), locator.opened).close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private List<Fixture> locate(String pattern) {
        boolean classpath = pattern.startsWith(CLASSPATH);
        String spec = classpath ? stripLeadingSlashes(pattern.substring(CLASSPATH.length())) : pattern;
        String[] segments = spec.split(classpath ? "/" : "[/\\\\]", -1);
        int firstGlob = 0;
        while (firstGlob < segments.length && segments[firstGlob].chars().noneMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0)) {
            firstGlob++;
        }
        String base = String.join("/", Arrays.copyOfRange(segments, 0, firstGlob));
        String glob = String.join("/", Arrays.copyOfRange(segments, firstGlob, segments.length));
        if (!classpath) {
            Path root = Path.of(base.isEmpty() && spec.startsWith("/") ? "/" : base);
            return matches(root, glob, root.toString(), false);
        }
        Map<String, Fixture> byName = new LinkedHashMap<>();
        for (Path root : classpathRoots(base)) {
            for (Fixture fixture : matches(root, glob, CLASSPATH + base, true)) {
                byName.putIfAbsent(fixture.name(), fixture);
            }
        }
        return new ArrayList<>(byName.values());
    }

    private List<Fixture> matches(Path root, String glob, String prefix, boolean slashes) {
        Path start = root.toString().isEmpty() ? Path.of(".") : root;
        if (Files.isRegularFile(start) && glob.isEmpty()) {
            return List.of(new Fixture(start.getFileName().toString(), prefix, start));
        }
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<PathMatcher> matchers = matchers(start.getFileSystem(), glob);
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = glob.isEmpty() ? Files.list(start) : Files.walk(start)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                Path relative = start.relativize(file);
                if (matchers.stream().anyMatch(m -> m.matches(relative))) {
                    String name = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
                    String location = prefix.isEmpty() ? name : slashes ? prefix + "/" + name : root.resolve(relative).toString();
                    fixtures.add(new Fixture(name, location, file));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the recorded runs in " + start + ": " + e.getMessage(), e);
        }
        fixtures.sort((a, b) -> a.name().compareTo(b.name()));
        return fixtures;
    }

    private static List<PathMatcher> matchers(FileSystem fileSystem, String glob) {
        if (glob.isEmpty()) {
            return List.of(InputFiles::isSearched);
        }
        try {
            List<PathMatcher> matchers = new ArrayList<>();
            matchers.add(fileSystem.getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(fileSystem.getPathMatcher("glob:" + glob.substring(3)));
            }
            return matchers;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("[" + glob + "] is not a valid glob: " + e.getDescription());
        }
    }

    private List<Path> classpathRoots(String base) {
        List<Path> roots = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(base))) {
                roots.add(toPath(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up [" + base + "] on the class path: " + e.getMessage(), e);
        }
        return roots;
    }

    private Path toPath(URL url) throws IOException {
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if ("jar".equals(url.getProtocol())) {
                String spec = url.toString();
                int separator = spec.indexOf("!/");
                Path jar = Path.of(new URI(spec.substring("jar:".length(), separator)));
                FileSystem fileSystem = FileSystems.newFileSystem(jar);
                opened.add(fileSystem);
                return fileSystem.getPath(spec.substring(separator + 1));
            }
        } catch (URISyntaxException | InvalidPathException e) {
            throw new IllegalArgumentException("cannot read class path entry [" + url + "]: " + e.getMessage());
        }
        throw new IllegalArgumentException("cannot read class path entry [" + url + "]: only folders and jars are supported");
    }

    private String where(String pattern) {
        if (pattern.startsWith(CLASSPATH)) {
            return "it is looked up on the class path; drop the classpath: prefix for a file-system path";
        }
        return "file-system paths are relative to the working directory, " + Path.of("").toAbsolutePath()
                + "; prefix classpath: to look on the class path";
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }
}
