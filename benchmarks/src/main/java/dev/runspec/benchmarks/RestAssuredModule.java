package dev.runspec.benchmarks;

import io.restassured.module.jsv.JsonSchemaValidator;

/**
 * REST Assured's {@code json-schema-validator} module as its users call it: the Hamcrest matcher
 * made once from the schema, then asked whether each response body matches. Underneath it is
 * java-json-tools (draft-04, format checks on by default), so it reads the draft-04 rewrite of the
 * bundled schema.
 */
final class RestAssuredModule implements Contender {

    private final JsonSchemaValidator matcher;

    RestAssuredModule(String schemaId) {
        this.matcher = JsonSchemaValidator.matchesJsonSchema(PeerSchemas.draft04(schemaId));
    }

    @Override
    public Boolean validate(Body body) {
        return matcher.matches(body.text());
    }

    @Override
    public boolean conforms(Object result) {
        return (Boolean) result;
    }
}
