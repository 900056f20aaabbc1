package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the rule tables bundled with {@code runspec-schemas} ({@code <id>.sequence.json} for each
 * catalogued schema) and defines their rules. Holds no state of its own, so {@link Rule} can call
 * it while it is being loaded without two classes waiting on each other's loading.
 */
final class BundledRuleTables {

    private static final String PACKAGE = "dev/runspec/schemas/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BundledRuleTables() {
    }

    /** Every bundled sequence table, by schema id, in catalogue order. */
    static Map<String, JsonNode> sequenceTables() {
        ClassLoader loader = BundledRuleTables.class.getClassLoader();
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        JsonNode catalogue = read(loader, PACKAGE + "catalogue.json");
        if (catalogue == null) {
            return tables;
        }
        for (JsonNode item : catalogue.get("schemas")) {
            String id = item.get("id").asString();
            JsonNode table = read(loader, PACKAGE + id + ".sequence.json");
            if (table != null) {
                tables.put(id, table);
            }
        }
        return tables;
    }

    /** Defines every rule of the bundled tables, so policies and reports know them from the start. */
    static void defineRules() {
        for (JsonNode table : sequenceTables().values()) {
            for (JsonNode row : table.get("rules")) {
                Rule.define(row.get("id").asString(), Severity.fromId(row.get("severity").asString()),
                        statement(row));
            }
        }
    }

    /** A row's statement as messages and rule descriptions show it: without Markdown backticks. */
    static String statement(JsonNode row) {
        return row.get("statement").asString().replace("`", "");
    }

    private static JsonNode read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
