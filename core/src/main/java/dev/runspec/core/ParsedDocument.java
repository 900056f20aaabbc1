package dev.runspec.core;

import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * What the reader made of the input: the tree (null when the text is not JSON), the problems it
 * found while reading (already located), and the text itself for locating schema violations later.
 */
record ParsedDocument(JsonNode tree, List<Violation> readViolations, SourceText source) {
}
