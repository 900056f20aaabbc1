package dev.runspec.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code spec/catalogue.md} and each {@code spec/<id>.md} (plus {@code spec/<id>.enums.md}
 * when present) and renders every schema file and the catalogue; {@code spec/<id>.lifecycle.md},
 * when present, becomes {@code <id>.lifecycle.json}, and the catalogue entry names it.
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
        Map<String, String> severityById = new HashMap<>();
        for (CatalogueEntry entry : entries) {
            String source = SPEC_DIR + "/" + entry.id() + ".md";
            List<String> lines = new ArrayList<>(lines(source));
            Path enums = moduleDir.resolve(SPEC_DIR + "/" + entry.id() + ".enums.md");
            if (Files.exists(enums)) {
                lines.addAll(Files.readAllLines(enums, StandardCharsets.UTF_8));
            }
            SchemaSpec spec = SpecParser.parse(source, lines);
            String file = entry.id() + ".schema.json";
            Map<String, Object> schema = SchemaBuilder.build(spec, entry);
            files.put(OUTPUT_DIR + "/" + file, JsonText.write(schema));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("title", entry.title());
            item.put("source", entry.source());
            item.put("description", entry.description());
            item.put("resource", RESOURCE_PACKAGE + "/" + file);
            String lifecycleSource = SPEC_DIR + "/" + entry.id() + ".lifecycle.md";
            if (Files.exists(moduleDir.resolve(lifecycleSource))) {
                Set<String> members = new LinkedHashSet<>();
                spec.top().fields().forEach(field -> members.add(field.name()));
                List<Map<String, Object>> rules = LifecycleTable.read(lifecycleSource, lines(lifecycleSource), members, numbers(schema));
                checkOneSeverityPerRule(lifecycleSource, rules, severityById);
                String lifecycleFile = entry.id() + ".lifecycle.json";
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("schema", entry.id());
                table.put("table", "schemas/" + lifecycleSource);
                table.put("rules", rules);
                files.put(OUTPUT_DIR + "/" + lifecycleFile, JsonText.write(table));
                item.put("lifecycle", RESOURCE_PACKAGE + "/" + lifecycleFile);
            }
            catalogue.add(item);
        }
        files.put(OUTPUT_DIR + "/" + CATALOGUE, JsonText.write(Map.of("schemas", catalogue)));
        return files;
    }

    /** The top-level members whose type is integer or number. */
    private static Set<String> numbers(Map<String, Object> schema) {
        Set<String> numbers = new LinkedHashSet<>();
        Object properties = schema.get("properties");
        if (properties instanceof Map<?, ?> map) {
            map.forEach((name, property) -> {
                Object type = property instanceof Map<?, ?> p ? p.get("type") : null;
                String types = String.valueOf(type);
                if (types.contains("integer") || types.contains("number")) {
                    numbers.add(String.valueOf(name));
                }
            });
        }
        return numbers;
    }

    /** A rule id has one default severity in every table (the core's Rule.define refuses two). */
    private static void checkOneSeverityPerRule(String source, List<Map<String, Object>> rules, Map<String, String> severityById) {
        for (Map<String, Object> rule : rules) {
            String id = (String) rule.get("id");
            String where = source + ":" + rule.get("line");
            String severity = (String) rule.get("severity");
            String earlier = severityById.putIfAbsent(id, severity + " (" + where + ")");
            if (earlier != null && !earlier.startsWith(severity + " ")) {
                throw new SpecException(source, (Integer) rule.get("line"), "'" + id + "' is " + severity
                        + " here but " + earlier + "; a rule has one default severity everywhere");
            }
        }
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
