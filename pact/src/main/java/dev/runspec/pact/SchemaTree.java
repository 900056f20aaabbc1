package dev.runspec.pact;

import dev.runspec.core.SchemaCatalogue;
import java.util.List;
import java.util.Optional;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * A run schema read as a tree of members, for deciding matchers: local {@code $ref}s into
 * {@code $defs} are followed, nothing else is fetched.
 */
final class SchemaTree {

    private final String schemaId;
    private final JsonNode document;

    private SchemaTree(String schemaId, JsonNode document) {
        this.schemaId = schemaId;
        this.document = document;
    }

    /** The schema of this id in the catalogue; throws the catalogue's one-line error for an unknown id. */
    static SchemaTree of(SchemaCatalogue catalogue, String schemaId) {
        return new SchemaTree(schemaId, catalogue.schemaDocument(schemaId));
    }

    String schemaId() {
        return schemaId;
    }

    SchemaNode root() {
        return resolve(document);
    }

    /**
     * The schema of the value at this path (member names and array indexes), or empty when the path
     * leaves what the schema documents.
     */
    Optional<SchemaNode> at(List<Object> path) {
        SchemaNode node = root();
        for (Object segment : path) {
            Optional<SchemaNode> next = segment instanceof Integer ? node.items() : node.member((String) segment);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    SchemaNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.isString() || !ref.asString().startsWith("#/$defs/")) {
            return new SchemaNode(this, node);
        }
        JsonNode definition = document.path("$defs").get(ref.asString().substring("#/$defs/".length()));
        if (definition == null) {
            return new SchemaNode(this, node);
        }
        ObjectNode merged = ((ObjectNode) definition).deepCopy();
        node.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return resolve(merged);
    }
}
