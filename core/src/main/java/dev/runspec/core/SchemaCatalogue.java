package dev.runspec.core;

import dev.runspec.core.internal.LifecycleCheck;
import dev.runspec.core.internal.MalformedJsonMessages;
import dev.runspec.shaded.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    private static final JsonMapper MAPPER = JsonMapper.builder().build();


    private final Map<String, CatalogueEntry> entries;
    private final SchemaCompiler compiler;
    private final SchemaDetector detector;
    private final ConcurrentMap<String, Schema> compiled = new ConcurrentHashMap<>();

    private SchemaCatalogue(Map<String, CatalogueEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        Map<String, String> texts = new LinkedHashMap<>();
        List<SchemaDetector.Shape> shapes = new ArrayList<>();
        entries.values().forEach(e -> {
            texts.put(e.iri(), e.text());
            shapes.add(SchemaDetector.Shape.of(e.info().id(), e.node()));
        });
        this.compiler = new SchemaCompiler(texts);
        this.detector = new SchemaDetector(shapes);
    }

    private static final class Bundled {
        static final SchemaCatalogue INSTANCE = new SchemaCatalogue(BundledSchemas.load());
    }

    /** The catalogue of the bundled schemas, shared by every validator in this JVM. */
    public static SchemaCatalogue bundled() {
        return Bundled.INSTANCE;
    }

    /** Every schema, in catalogue order. */
    public List<SchemaInfo> schemas() {
        return entries.values().stream().map(CatalogueEntry::info).toList();
    }

    /** The schema with this id, if the catalogue has it. */
    public Optional<SchemaInfo> find(String id) {
        return Optional.ofNullable(entries.get(id)).map(CatalogueEntry::info);
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

    /**
     * The lifecycle rules checked after the schema of this id, in table order; none for a schema
     * without a lifecycle table (such as {@code comfydeploy-v2-error} or one added by {@link #withSchema}).
     *
     * @throws UnknownSchemaException listing the known ids
     */
    public List<LifecycleRule> lifecycleRules(String id) {
        return lifecycleCheck(id).rules();
    }

    /**
     * Not API: the evaluator of this id's lifecycle rules, for runspec's own checkers (poll
     * sequences, generated runs) that judge one response as the validator does.
     *
     * @throws UnknownSchemaException listing the known ids
     */
    public LifecycleCheck lifecycleCheck(String id) {
        get(id);
        return entries.get(id).lifecycle();
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
        Map<String, CatalogueEntry> copy = new LinkedHashMap<>(entries);
        String iri = node.hasNonNull("$id") ? node.get("$id").asString() : ID_BASE + "custom/" + id + ".schema.json";
        copy.put(id, new CatalogueEntry(new SchemaInfo(id, title, "user-supplied", title), iri, schemaJson, node));
        SchemaCatalogue catalogue = new SchemaCatalogue(copy);
        catalogue.compiled(id);
        return catalogue;
    }

    /** The compiled schema of this id, compiled on first use. */
    Schema compiled(String id) {
        CatalogueEntry entry = entries.get(id);
        if (entry == null) {
            throw new UnknownSchemaException(id, entries.keySet());
        }
        return compiled.computeIfAbsent(id, key -> compiler.compile(entry.info().id(), entry.iri()));
    }
}
