package dev.runspec.core.internal;

import dev.runspec.core.Violation;
import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * What the reader made of the input: the tree (null when the text is not JSON), the problems it
 * found while reading (already located), and the text itself for locating schema violations later.
 */
public record ParsedDocument(JsonNode tree, List<Violation> readViolations, SourceText source) {
}
