package dev.runspec.core;

import dev.runspec.shaded.networknt.schema.AbsoluteIri;
import dev.runspec.shaded.networknt.schema.Schema;
import dev.runspec.shaded.networknt.schema.SchemaLocation;
import dev.runspec.shaded.networknt.schema.SchemaRegistry;
import dev.runspec.shaded.networknt.schema.SchemaRegistryConfig;
import dev.runspec.shaded.networknt.schema.dialect.Dialect;
import dev.runspec.shaded.networknt.schema.dialect.Dialects;
import dev.runspec.shaded.networknt.schema.path.PathType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine set up as runspec uses it: draft 2020-12 with runspec's own keywords (known values,
 * unknown properties), formats asserted, linear-time regular expressions, JSON Pointer paths, and
 * schemas read only from the catalogue's own texts (a {@code $ref} anywhere else is refused, never
 * fetched). The engine's failures become one-line {@link SchemaLoadException}s.
 */
final class SchemaCompiler {

    private static final Pattern REFUSED_IRI = Pattern.compile("'([^']+)' is not allowed to be loaded");

    private final SchemaRegistry registry;

    /** A compiler over these schema texts, by {@code $id}. */
    SchemaCompiler(Map<String, String> texts) {
        this.registry = newRegistry(texts);
    }

    /**
     * The schema at {@code iri}, compiled with every validator initialised.
     *
     * @throws SchemaLoadException with a one-line reason when it cannot be used
     */
    Schema compile(String id, String iri) {
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(iri));
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            String reason = rootCause(e);
            Matcher refused = REFUSED_IRI.matcher(reason);
            if (refused.find()) {
                throw new SchemaLoadException("schema '" + id + "' refers to " + refused.group(1)
                        + ", which is not in the catalogue; runspec never fetches schemas over the network");
            }
            throw new SchemaLoadException("schema '" + id + "' cannot be used: " + reason);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static SchemaRegistry newRegistry(Map<String, String> texts) {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new KnownValuesKeyword())
                .keyword(new UnknownPropertiesKeyword())
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .regularExpressionFactory(new LinearRegularExpressionFactory())
                .preloadSchema(true)
                .build();
        return SchemaRegistry.withDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .resourceLoaders(resources -> resources.values(list -> list.clear()).resources(texts))
                        .block(iri -> !isKnown(iri, texts))));
    }

    private static boolean isKnown(AbsoluteIri iri, Map<String, String> texts) {
        String text = iri.toString();
        return texts.containsKey(text) || text.startsWith("https://json-schema.org/");
    }
}
