package dev.runspec.core;

import dev.runspec.core.internal.LifecycleCheck;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * One schema of a {@link SchemaCatalogue}: what it is, its {@code $id}, its text and its tree, and
 * the lifecycle rules checked after it ({@link LifecycleCheck#none()} when it has none).
 */
record CatalogueEntry(SchemaInfo info, String iri, String text, JsonNode node, LifecycleCheck lifecycle) {

    CatalogueEntry(SchemaInfo info, String iri, String text, JsonNode node) {
        this(info, iri, text, node, LifecycleCheck.none());
    }
}
