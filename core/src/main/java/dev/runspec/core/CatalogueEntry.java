package dev.runspec.core;

import dev.runspec.shaded.jackson.databind.JsonNode;

/** One schema of a {@link SchemaCatalogue}: what it is, its {@code $id}, its text and its tree. */
record CatalogueEntry(SchemaInfo info, String iri, String text, JsonNode node) {
}
