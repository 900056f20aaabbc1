package dev.runspec.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Picks the bundled schema a document most likely follows, by its shape: how many of its
 * top-level members each schema documents, and how many of each schema's required members it has.
 */
final class SchemaDetector {

    /** A schema's top-level vocabulary. */
    record Shape(String id, Set<String> properties, Set<String> required) {

        static Shape of(String id, JsonNode schema) {
            Set<String> properties = new HashSet<>();
            JsonNode declared = schema.get("properties");
            if (declared != null) {
                properties.addAll(declared.propertyNames());
            }
            Set<String> required = new HashSet<>();
            JsonNode requiredNode = schema.get("required");
            if (requiredNode != null) {
                requiredNode.forEach(r -> required.add(r.asString()));
            }
            return new Shape(id, Set.copyOf(properties), Set.copyOf(required));
        }

        double score(Set<String> keys) {
            if (keys.isEmpty() || properties.isEmpty()) {
                return 0;
            }
            long documented = keys.stream().filter(properties::contains).count();
            long requiredPresent = required.stream().filter(keys::contains).count();
            double coverage = (double) documented / keys.size();
            double completeness = required.isEmpty() ? coverage : (double) requiredPresent / required.size();
            return documented == 0 ? 0 : (coverage + completeness) / 2;
        }
    }

    private static final double MINIMUM_SCORE = 0.5;

    private final List<Shape> shapes;

    SchemaDetector(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    Optional<String> detect(JsonNode document) {
        if (document == null || !document.isObject()) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>(document.propertyNames());
        String best = null;
        double bestScore = MINIMUM_SCORE;
        for (Shape shape : shapes) {
            double score = shape.score(keys);
            if (score > bestScore) {
                best = shape.id();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
