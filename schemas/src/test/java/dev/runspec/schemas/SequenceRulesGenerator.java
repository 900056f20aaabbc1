package dev.runspec.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each {@code spec/<id>.sequence.md} of a catalogued schema and renders
 * {@code dev/runspec/schemas/<id>.sequence.json}, the poll-sequence rules core's sequence checker
 * loads. A rule id used in several tables must have one severity everywhere.
 */
final class SequenceRulesGenerator {

    static final String SUFFIX = ".sequence";

    private final Path moduleDir;

    SequenceRulesGenerator(Path moduleDir) {
        this.moduleDir = moduleDir;
    }

    /** Each generated file's text, keyed by its path relative to the module directory, in catalogue order. */
    Map<String, String> generate() throws IOException {
        String catalogueSource = SchemaGenerator.SPEC_DIR + "/catalogue.md";
        List<CatalogueEntry> entries = CatalogueEntry.read(catalogueSource,
                Files.readAllLines(moduleDir.resolve(catalogueSource), StandardCharsets.UTF_8));
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> severities = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (CatalogueEntry entry : entries) {
            String source = SchemaGenerator.SPEC_DIR + "/" + entry.id() + SUFFIX + ".md";
            Path path = moduleDir.resolve(source);
            if (!Files.exists(path)) {
                continue;
            }
            SequenceTable table = SequenceTable.parse(entry.id(), source, Files.readAllLines(path, StandardCharsets.UTF_8));
            for (SequenceTable.SequenceRow row : table.rules()) {
                String known = severities.putIfAbsent(row.id(), row.severity());
                if (known != null && !known.equals(row.severity())) {
                    throw new SpecException(source, row.line(), "'" + row.id() + "' is " + row.severity() + " here but "
                            + known + " in " + firstSeen.get(row.id()) + "; a rule has one default severity");
                }
                firstSeen.putIfAbsent(row.id(), source + ":" + row.line());
            }
            files.put(SchemaGenerator.OUTPUT_DIR + "/" + entry.id() + SUFFIX + ".json", JsonText.write(json(table)));
        }
        return files;
    }

    private static Map<String, Object> json(SequenceTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", table.schemaId());
        out.put("source", table.source());
        out.put("runId", table.runId());
        out.put("status", table.status());
        out.put("terminal", table.terminal());
        out.put("transitions", table.transitions());
        List<Object> rules = new ArrayList<>();
        for (SequenceTable.SequenceRow row : table.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", row.id());
            rule.put("shape", row.shape());
            if (row.when() != null) {
                Map<String, Object> when = new LinkedHashMap<>();
                when.put("member", row.when().member());
                when.put("negated", row.when().negated());
                when.put("values", row.when().values());
                rule.put("when", when);
            }
            rule.put("members", row.members());
            if (!row.from().isEmpty()) {
                rule.put("from", row.from());
            }
            if (!row.to().isEmpty()) {
                rule.put("to", row.to());
            }
            rule.put("severity", row.severity());
            rule.put("statement", row.statement());
            rule.put("source", row.factSource());
            rule.put("fact", row.fact());
            rules.add(rule);
        }
        out.put("rules", rules);
        return out;
    }
}
