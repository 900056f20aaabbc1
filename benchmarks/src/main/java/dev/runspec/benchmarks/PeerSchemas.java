package dev.runspec.benchmarks;

import dev.runspec.core.SchemaCatalogue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas the peers read, committed beside these classes as a user of each peer would keep
 * them: a draft-04 file per schema for the REST Assured module, one OpenAPI document for
 * Atlassian's validator. Both are derived mechanically from the bundled schemas
 * ({@code EquivalentSchemasTests} fails when a committed file and its derivation disagree). The
 * peers that read draft 2020-12 (networknt, harrel) get the bundled schema itself.
 */
final class PeerSchemas {

    /** The schemas the benchmark documents follow, with the request path template that returns each. */
    static final Map<String, String> OPERATIONS = operations();

    static final String OPENAPI = "peers/runs.openapi.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PeerSchemas() {
    }

    /** The bundled draft 2020-12 schema, as text, read straight from the schemas jar (not through runspec). */
    static String bundled(String schemaId) {
        return Resources.text("/dev/runspec/schemas/" + schemaId + ".schema.json");
    }

    /** Where the committed draft-04 rewrite of a schema lives. */
    static String draft04Resource(String schemaId) {
        return "peers/" + schemaId + ".draft-04.schema.json";
    }

    /** The committed draft-04 rewrite. */
    static String draft04(String schemaId) {
        return Resources.text(draft04Resource(schemaId));
    }

    /** The committed OpenAPI document. */
    static String openApi() {
        return Resources.text(OPENAPI);
    }

    /** Every committed file by its resource name, as the derivation writes it now. */
    static Map<String, String> derived() {
        Map<String, JsonNode> bundled = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Draft04Derivation draft04 = new Draft04Derivation();
        for (String schemaId : OPERATIONS.keySet()) {
            // runspec hands its schema as a tree of its relocated Jackson; the derivation works on plain Jackson 3.
            JsonNode schema = MAPPER.readTree(SchemaCatalogue.bundled().schemaDocument(schemaId).toString());
            bundled.put(schemaId, schema);
            files.put(draft04Resource(schemaId), text(draft04.derive(schema)));
        }
        files.put(OPENAPI, text(new OpenApiDerivation().derive(OPERATIONS, bundled)));
        return files;
    }

    private static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node) + "\n";
    }

    private static Map<String, String> operations() {
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("comfydeploy-v2", "/v2/run/{run_id}");
        operations.put("runflow-v1", "/v1/runs/{id}");
        return Collections.unmodifiableMap(operations);
    }
}
