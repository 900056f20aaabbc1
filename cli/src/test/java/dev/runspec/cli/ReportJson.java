package dev.runspec.cli;

import java.util.ArrayList;
import java.util.List;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/** Reads a JSON report the command wrote, for assertions. */
final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    static List<JsonNode> results(String json) {
        List<JsonNode> results = new ArrayList<>();
        parse(json).get("results").forEach(results::add);
        return results;
    }

    static List<JsonNode> violations(String json) {
        List<JsonNode> violations = new ArrayList<>();
        results(json).forEach(result -> result.get("violations").forEach(violations::add));
        return violations;
    }
}
