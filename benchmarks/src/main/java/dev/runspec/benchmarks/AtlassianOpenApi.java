package dev.runspec.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Atlassian's OpenAPI request validator checking the response of a GET against an OpenAPI 3.0
 * document derived from the bundled schemas. Undocumented members are not errors here, as in
 * runspec (and as Atlassian advises for documents that use {@code allOf}/{@code anyOf}, which the
 * derivation does).
 */
final class AtlassianOpenApi implements Contender {

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForInlineApiSpecification(PeerSchemas.openApi())
            .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
            .build();

    @Override
    public ValidationReport validate(Body body) {
        SimpleResponse response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(body.text())
                .build();
        return validator.validateResponse(body.requestPath(), Request.Method.GET, response);
    }

    @Override
    public boolean conforms(Object result) {
        return !((ValidationReport) result).hasErrors();
    }
}
