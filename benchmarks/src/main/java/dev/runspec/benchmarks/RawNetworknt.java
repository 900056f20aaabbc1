package dev.runspec.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine runspec is built on, used directly: the same bundled schema and the same registry
 * settings runspec uses (format assertions on, JSON Pointer paths), but the stock draft 2020-12
 * dialect, so {@code x-known-values} and {@code x-report-unknown-properties} are unknown keywords
 * it skips, the JDK's regular expressions run the cost pattern, and a default Jackson mapper parses
 * (no duplicate-key detection). Its result is the engine's error list, with no line or column.
 */
final class RawNetworknt implements Contender {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Schema schema;

    RawNetworknt(String schemaId) {
        this.schema = compile(schemaId);
    }

    static Schema compile(String schemaId) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        Schema schema = registry.getSchema(PeerSchemas.bundled(schemaId));
        schema.initializeValidators();
        return schema;
    }

    @Override
    public List<Error> validate(Body body) {
        return schema.validate(mapper.readTree(body.bytes()));
    }

    @Override
    public boolean conforms(Object result) {
        return ((List<?>) result).isEmpty();
    }
}
