package dev.runspec.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bundled schema as draft-04, for the REST Assured module (java-json-tools reads nothing newer).
 * On top of the common rules: {@code $schema} names draft-04, {@code $defs} becomes
 * {@code definitions}, and {@code $id} goes (every reference is local, and java-json-tools would
 * try to fetch the document from that address to resolve them). Type lists such as {@code ["string", "null"]} are
 * draft-04 already. {@code format: uuid} is not a draft-04 format; java-json-tools checks it as one
 * of its own extra formats.
 */
final class Draft04Derivation extends SchemaDerivation {

    static final String DIALECT = "http://json-schema.org/draft-04/schema#";

    Draft04Derivation() {
        super("#/definitions/");
    }

    ObjectNode derive(JsonNode bundled) {
        ObjectNode out = NODES.objectNode();
        for (var member : ((ObjectNode) rewrite(bundled)).properties()) {
            switch (member.getKey()) {
                case "$schema" -> out.put("$schema", DIALECT);
                case "$id" -> {
                }
                case "$defs" -> out.set("definitions", member.getValue());
                default -> out.set(member.getKey(), member.getValue());
            }
        }
        return out;
    }
}
