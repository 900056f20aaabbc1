package dev.runspec.core;

import dev.runspec.shaded.networknt.schema.Error;
import dev.runspec.shaded.networknt.schema.ExecutionContext;
import dev.runspec.shaded.networknt.schema.Schema;
import dev.runspec.shaded.networknt.schema.SchemaContext;
import dev.runspec.shaded.networknt.schema.SchemaLocation;
import dev.runspec.shaded.networknt.schema.keyword.AbstractKeywordValidator;
import dev.runspec.shaded.networknt.schema.keyword.Keyword;
import dev.runspec.shaded.networknt.schema.keyword.KeywordValidator;
import dev.runspec.shaded.networknt.schema.path.NodePath;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * {@code x-known-values}: the values a provider documents for a field it types as a plain string.
 * A string outside them is reported (as {@link Rule#UNKNOWN_VALUE}, a warning by default), unlike
 * {@code enum}, which closes the set.
 */
final class KnownValuesKeyword implements Keyword {

    static final String NAME = "x-known-values";

    @Override
    public String getValue() {
        return NAME;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
        Set<String> known = new LinkedHashSet<>();
        value.forEach(v -> known.add(v.asString()));
        return new Check(this, value, location, Set.copyOf(known));
    }

    private static final class Check extends AbstractKeywordValidator {

        private final Set<String> known;

        Check(Keyword keyword, JsonNode value, SchemaLocation location, Set<String> known) {
            super(keyword, value, location);
            this.known = known;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (node.isString() && !known.contains(node.asString())) {
                context.addError(Error.builder()
                        .keyword(NAME)
                        .instanceLocation(at)
                        .evaluationPath(context.getEvaluationPath())
                        .schemaLocation(schemaLocation)
                        .instanceNode(node)
                        .schemaNode(schemaNode)
                        .message("unknown value")
                        .build());
            }
        }
    }
}
