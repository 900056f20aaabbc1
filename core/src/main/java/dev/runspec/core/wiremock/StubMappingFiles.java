package dev.runspec.core.wiremock;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where WireMock keeps its files, as every runspec front end finds them. A WireMock root holds a
 * {@code mappings} folder of stub mapping files and a {@code __files} folder of the bodies they
 * name with {@code bodyFileName}. Naming the root or its {@code mappings} folder is the same; the
 * mapping files are the {@code *.json} files in it and below it (core's
 * {@link dev.runspec.core.InputFiles} rule for documents: name order, hidden entries skipped).
 */
public final class StubMappingFiles {

    /** The folder of stub mapping files in a WireMock root. */
    public static final String MAPPINGS = "mappings";

    /** The folder of response bodies in a WireMock root. */
    public static final String FILES = "__files";

    private StubMappingFiles() {
    }

    /** The folder to search for mapping files: {@code folder/mappings} when there is one, else {@code folder}. */
    public static Path mappingsFolder(Path folder) {
        Path mappings = folder.resolve(MAPPINGS);
        return Files.isDirectory(mappings) ? mappings : folder;
    }

    /**
     * The {@code __files} folder a mapping file's {@code bodyFileName} is resolved under: beside
     * the nearest folder above the file named {@code mappings}, else beside the file's own folder.
     */
    public static Path filesFolder(Path mappingFile) {
        Path absolute = mappingFile.toAbsolutePath().normalize();
        for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent()) {
            if (folder.getFileName() != null && folder.getFileName().toString().equals(MAPPINGS)) {
                return folder.resolveSibling(FILES);
            }
        }
        Path parent = absolute.getParent();
        return parent == null ? Path.of(FILES).toAbsolutePath() : parent.resolveSibling(FILES);
    }
}
