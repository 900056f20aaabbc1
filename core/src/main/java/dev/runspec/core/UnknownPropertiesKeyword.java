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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * {@code x-report-unknown-properties}: on an object whose documented members are listed in the
 * sibling {@code properties}, report every other member (as {@link Rule#UNKNOWN_PROPERTY}). The
 * schemas themselves allow unknown members, because providers add fields and a tolerant reader
 * must not break; the severity policy decides what a report of one means.
 */
final class UnknownPropertiesKeyword implements Keyword {

    static final String NAME = "x-report-unknown-properties";

    @Override
    public String getValue() {
        return NAME;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode value, Schema parent, SchemaContext context) {
        Set<String> documented = new HashSet<>();
        JsonNode properties = parent.getSchemaNode().get("properties");
        if (properties != null) {
            documented.addAll(properties.propertyNames());
        }
        return new Check(this, value, location, value.asBoolean(false), Set.copyOf(documented));
    }

    private static final class Check extends AbstractKeywordValidator {

        private final boolean enabled;
        private final Set<String> documented;

        Check(Keyword keyword, JsonNode value, SchemaLocation location, boolean enabled, Set<String> documented) {
            super(keyword, value, location);
            this.enabled = enabled;
            this.documented = documented;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (!enabled || !node.isObject()) {
                return;
            }
            for (String name : node.propertyNames()) {
                if (!documented.contains(name)) {
                    context.addError(Error.builder()
                            .keyword(NAME)
                            .instanceLocation(at)
                            .evaluationPath(context.getEvaluationPath())
                            .schemaLocation(schemaLocation)
                            .instanceNode(node.get(name))
                            .schemaNode(schemaNode)
                            .details(Map.of("property", name, "documented", documented))
                            .message("unknown property")
                            .build());
                }
            }
        }
    }
}
