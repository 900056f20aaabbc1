package dev.runspec.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code spec/catalogue.md} and each {@code spec/<id>.md} (plus {@code spec/<id>.enums.md}
 * when present) and renders every schema file and the catalogue.
 */
final class SchemaGenerator {

    static final String SPEC_DIR = "spec";
    static final String RESOURCE_PACKAGE = "dev/runspec/schemas";
    static final String OUTPUT_DIR = "src/main/resources/" + RESOURCE_PACKAGE;
    static final String CATALOGUE = "catalogue.json";
    /** Lifecycle rule tables beside a schema's spec; read by their own generator, not by this one. */
    static final String LIFECYCLE_SUFFIX = ".lifecycle.md";

    private final Path moduleDir;

    SchemaGenerator(Path moduleDir) {
        this.moduleDir = moduleDir;
    }

    /** Each generated file's text, keyed by its path relative to the module directory, in catalogue order. */
    Map<String, String> generate() throws IOException {
        String catalogueSource = SPEC_DIR + "/catalogue.md";
        List<CatalogueEntry> entries = CatalogueEntry.read(catalogueSource, lines(catalogueSource));
        checkEverySpecFileIsCatalogued(entries);
        Map<String, String> files = new LinkedHashMap<>();
        List<Object> catalogue = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            String source = SPEC_DIR + "/" + entry.id() + ".md";
            List<String> lines = new ArrayList<>(lines(source));
            Path enums = moduleDir.resolve(SPEC_DIR + "/" + entry.id() + ".enums.md");
            if (Files.exists(enums)) {
                lines.addAll(Files.readAllLines(enums, StandardCharsets.UTF_8));
            }
            SchemaSpec spec = SpecParser.parse(source, lines);
            String file = entry.id() + ".schema.json";
            files.put(OUTPUT_DIR + "/" + file, JsonText.write(SchemaBuilder.build(spec, entry)));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("title", entry.title());
            item.put("source", entry.source());
            item.put("description", entry.description());
            item.put("resource", RESOURCE_PACKAGE + "/" + file);
            catalogue.add(item);
        }
        files.put(OUTPUT_DIR + "/" + CATALOGUE, JsonText.write(Map.of("schemas", catalogue)));
        return files;
    }

    private void checkEverySpecFileIsCatalogued(List<CatalogueEntry> entries) throws IOException {
        try (Stream<Path> specs = Files.list(moduleDir.resolve(SPEC_DIR))) {
            for (Path spec : specs.sorted().toList()) {
                String name = spec.getFileName().toString();
                if (!name.endsWith(".md") || name.equals("catalogue.md") || name.endsWith(LIFECYCLE_SUFFIX)) {
                    continue;
                }
                // Companion tables (<id>.enums.md, <id>.sequence.md, ...) belong to the schema <id>.
                String id = name.substring(0, name.indexOf('.'));
                if (entries.stream().noneMatch(entry -> entry.id().equals(id))) {
                    throw new SpecException(SPEC_DIR + "/" + name, 1, "'" + id + "' has no row in " + SPEC_DIR + "/catalogue.md");
                }
            }
        }
    }

    private List<String> lines(String relative) throws IOException {
        Path path = moduleDir.resolve(relative);
        if (!Files.exists(path)) {
            throw new SpecException(relative, 1, "file not found");
        }
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }
}
