package dev.runspec.benchmarks;

import dev.harrel.jsonschema.FormatEvaluatorFactory;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.net.URI;

/**
 * harrel56's json-schema, a standalone draft 2020-12 validator, on the bundled schema itself, with
 * its format checks on and its default JSON provider (Jackson 2). The schema is registered once
 * and each document validated against its URI, as that library advises.
 */
final class HarrelJsonSchema implements Contender {

    private final Validator validator = new ValidatorFactory()
            .withJsonNodeFactory(new JacksonNode.Factory())
            .withEvaluatorFactory(new FormatEvaluatorFactory())
            .createValidator();
    private final URI schema;

    HarrelJsonSchema(String schemaId) {
        this.schema = validator.registerSchema(PeerSchemas.bundled(schemaId));
    }

    @Override
    public Validator.Result validate(Body body) {
        return validator.validate(schema, body.text());
    }

    @Override
    public boolean conforms(Object result) {
        return ((Validator.Result) result).isValid();
    }
}
