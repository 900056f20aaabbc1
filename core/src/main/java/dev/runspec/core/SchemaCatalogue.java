package dev.runspec.core;

import dev.runspec.shaded.networknt.schema.AbsoluteIri;
import dev.runspec.shaded.networknt.schema.Schema;
import dev.runspec.shaded.networknt.schema.SchemaLocation;
import dev.runspec.shaded.networknt.schema.SchemaRegistry;
import dev.runspec.shaded.networknt.schema.SchemaRegistryConfig;
import dev.runspec.shaded.networknt.schema.dialect.Dialect;
import dev.runspec.shaded.networknt.schema.dialect.Dialects;
import dev.runspec.shaded.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * The schemas runspec knows: the five bundled with {@code runspec-schemas}, plus any a caller adds.
 * Each schema is compiled once, on first use, and shared; the catalogue is safe to use from many
 * threads. Schemas are only ever read from the catalogue itself: a {@code $ref} to anything else
 * is refused, never fetched.
 */
public final class SchemaCatalogue {

    /** The {@code $id} prefix of every bundled schema. */
    public static final String ID_BASE = "https://runspec.dev/schemas/";

    private static final String CATALOGUE_RESOURCE = "dev/runspec/schemas/catalogue.json";
    private static final Pattern REFUSED_IRI = Pattern.compile("'([^']+)' is not allowed to be loaded");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private record Entry(SchemaInfo info, String iri, String text, JsonNode node) {
    }

    private final Map<String, Entry> entries;
    private final SchemaRegistry registry;
    private final SchemaDetector detector;
    private final ConcurrentMap<String, Schema> compiled = new ConcurrentHashMap<>();

    private SchemaCatalogue(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        Map<String, String> texts = new LinkedHashMap<>();
        List<SchemaDetector.Shape> shapes = new ArrayList<>();
        entries.values().forEach(e -> {
            texts.put(e.iri(), e.text());
            shapes.add(SchemaDetector.Shape.of(e.info().id(), e.node()));
        });
        this.registry = newRegistry(texts);
        this.detector = new SchemaDetector(shapes);
    }

    private static final class Bundled {
        static final SchemaCatalogue INSTANCE = new SchemaCatalogue(loadBundled());
    }

    /** The catalogue of the bundled schemas, shared by every validator in this JVM. */
    public static SchemaCatalogue bundled() {
        return Bundled.INSTANCE;
    }

    /** Every schema, in catalogue order. */
    public List<SchemaInfo> schemas() {
        return entries.values().stream().map(Entry::info).toList();
    }

    /** The schema with this id, if the catalogue has it. */
    public Optional<SchemaInfo> find(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::info);
    }

    /**
     * The schema with this id.
     *
     * @throws UnknownSchemaException listing the known ids
     */
    public SchemaInfo get(String id) {
        return find(id).orElseThrow(() -> new UnknownSchemaException(id, entries.keySet()));
    }

    /**
     * {@code id} itself, when it names a schema here or is {@link RunValidator#AUTO auto}: the one
     * check of a schema setting that every front end makes before any work.
     *
     * @throws UnknownSchemaException listing the known ids, when it is neither
     */
    public String requireKnownOrAuto(String id) {
        if (!RunValidator.AUTO.equals(id)) {
            get(id);
        }
        return id;
    }

    /** The JSON Schema document of this id, as a tree. */
    public JsonNode schemaDocument(String id) {
        get(id);
        return entries.get(id).node().deepCopy();
    }

    /** The schema a document most likely follows, judged by its top-level members. */
    public Optional<SchemaInfo> detect(JsonNode document) {
        return detector.detect(document).flatMap(this::find);
    }

    /**
     * A new catalogue with everything in this one plus {@code schemaJson} under {@code id}. The
     * schema is compiled at once, so a broken one, or one that refers to anything outside the
     * catalogue, is refused here.
     *
     * @throws SchemaLoadException with a one-line reason when the schema cannot be used
     */
    public SchemaCatalogue withSchema(String id, String title, String schemaJson) {
        JsonNode node;
        try {
            node = MAPPER.readTree(schemaJson);
        } catch (JacksonException e) {
            throw new SchemaLoadException("schema '" + id + "' is not valid JSON: " + MalformedJsonMessages.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new SchemaLoadException("schema '" + id + "' is not a JSON object");
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        String iri = node.hasNonNull("$id") ? node.get("$id").asString() : ID_BASE + "custom/" + id + ".schema.json";
        copy.put(id, new Entry(new SchemaInfo(id, title, "user-supplied", title), iri, schemaJson, node));
        SchemaCatalogue catalogue = new SchemaCatalogue(copy);
        catalogue.compiled(id);
        return catalogue;
    }

    /** The compiled schema of this id, compiled on first use. */
    Schema compiled(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw new UnknownSchemaException(id, entries.keySet());
        }
        return compiled.computeIfAbsent(id, key -> compile(entry));
    }

    private Schema compile(Entry entry) {
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(entry.iri()));
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            String reason = rootCause(e);
            Matcher refused = REFUSED_IRI.matcher(reason);
            if (refused.find()) {
                throw new SchemaLoadException("schema '" + entry.info().id() + "' refers to " + refused.group(1)
                        + ", which is not in the catalogue; runspec never fetches schemas over the network");
            }
            throw new SchemaLoadException("schema '" + entry.info().id() + "' cannot be used: " + reason);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static SchemaRegistry newRegistry(Map<String, String> texts) {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new KnownValuesKeyword())
                .keyword(new UnknownPropertiesKeyword())
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .regularExpressionFactory(new LinearRegularExpressionFactory())
                .preloadSchema(true)
                .build();
        return SchemaRegistry.withDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .resourceLoaders(resources -> resources.values(list -> list.clear()).resources(texts))
                        .block(iri -> !isKnown(iri, texts))));
    }

    private static boolean isKnown(AbsoluteIri iri, Map<String, String> texts) {
        String text = iri.toString();
        return texts.containsKey(text) || text.startsWith("https://json-schema.org/");
    }

    private static Map<String, Entry> loadBundled() {
        ClassLoader loader = SchemaCatalogue.class.getClassLoader();
        JsonNode catalogue = readResource(loader, CATALOGUE_RESOURCE);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode item : catalogue.get("schemas")) {
            String id = item.get("id").asString();
            String resource = item.get("resource").asString();
            String text = readText(loader, resource);
            JsonNode node = MAPPER.readTree(text);
            SchemaInfo info = new SchemaInfo(id, item.get("title").asString(), item.get("source").asString(),
                    item.get("description").asString());
            entries.put(id, new Entry(info, node.get("$id").asString(), text, node));
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
