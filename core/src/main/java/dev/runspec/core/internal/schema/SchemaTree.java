package dev.runspec.core.internal.schema;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>A run schema read as a tree of members, for making and judging bodies (Pact matchers,
 * generated runs): local {@code $ref}s into {@code $defs} are followed, a reference's siblings
 * winning over the definition (as in the schemas' {@code "type": ["object", "null"], "$ref": ...}
 * members); nothing else is fetched.
 */
public final class SchemaTree {

    private static final int MOST_REFERENCES = 16;

    private final String schemaId;
    private final JsonNode document;
    private final SchemaNode root;

    private SchemaTree(String schemaId, JsonNode document) {
        this.schemaId = schemaId;
        this.document = document;
        this.root = resolve(document);
    }

    /** The schema of this id in the catalogue; throws the catalogue's one-line error for an unknown id. */
    public static SchemaTree of(SchemaCatalogue catalogue, String schemaId) {
        return new SchemaTree(schemaId, catalogue.schemaDocument(schemaId));
    }

    public String schemaId() {
        return schemaId;
    }

    public SchemaNode root() {
        return root;
    }

    /**
     * The schema of the value at this path (member names and array indexes), or empty when the path
     * leaves what the schema documents.
     */
    public Optional<SchemaNode> at(List<Object> path) {
        SchemaNode node = root;
        for (Object segment : path) {
            Optional<SchemaNode> next = segment instanceof Integer ? node.items() : node.member((String) segment);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /**
     * The node with its local reference merged in: definition first, the node's own keywords over it.
     * A chain of references longer than {@value #MOST_REFERENCES} (a definition that refers to
     * itself) is left where it stops.
     */
    SchemaNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private SchemaNode resolve(JsonNode node, int followed) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.isString() || !ref.asString().startsWith("#/$defs/") || followed == MOST_REFERENCES) {
            return new SchemaNode(this, node);
        }
        JsonNode definition = document.path("$defs").get(ref.asString().substring("#/$defs/".length()));
        if (definition == null || !definition.isObject()) {
            return new SchemaNode(this, node);
        }
        ObjectNode merged = ((ObjectNode) definition).deepCopy();
        node.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return resolve(merged, followed + 1);
    }
}
