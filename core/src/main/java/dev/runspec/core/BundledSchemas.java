package dev.runspec.core;

import dev.runspec.core.internal.LifecycleCheck;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schemas of {@code runspec-schemas} and their lifecycle rules, read from the class path as its
 * catalogue resource lists them.
 */
final class BundledSchemas {

    private static final String CATALOGUE_RESOURCE = "dev/runspec/schemas/catalogue.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BundledSchemas() {
    }

    /** Every schema the catalogue resource lists, in its order. */
    static Map<String, CatalogueEntry> load() {
        ClassLoader loader = BundledSchemas.class.getClassLoader();
        JsonNode catalogue = readResource(loader, CATALOGUE_RESOURCE);
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        for (JsonNode item : catalogue.get("schemas")) {
            String id = item.get("id").asString();
            String resource = item.get("resource").asString();
            String text = readText(loader, resource);
            JsonNode node = MAPPER.readTree(text);
            SchemaInfo info = new SchemaInfo(id, item.get("title").asString(), item.get("source").asString(),
                    item.get("description").asString());
            LifecycleCheck lifecycle = item.hasNonNull("lifecycle")
                    ? LifecycleCheck.read(id, readText(loader, item.get("lifecycle").asString()))
                    : LifecycleCheck.none();
            entries.put(id, new CatalogueEntry(info, node.get("$id").asString(), text, node, lifecycle));
        }
        return entries;
    }

    private static JsonNode readResource(ClassLoader loader, String resource) {
        return MAPPER.readTree(readText(loader, resource));
    }

    private static String readText(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SchemaLoadException("bundled schema resource " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
