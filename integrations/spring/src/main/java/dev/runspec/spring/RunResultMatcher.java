package dev.runspec.spring;

import dev.runspec.core.FailOn;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseAssertionError;
import dev.runspec.integration.RunVerdict;
import java.net.URI;
import java.util.Objects;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A MockMvc {@link ResultMatcher}, for servers that serve runs as a provider does (a compatible
 * API, a proxy, a simulator): the response body must conform to a schema. A failure lists every
 * violation, as {@code @ValidateRunResponse} does. Errors fail by default.
 *
 * <pre>{@code
 * mvc.perform(get("/v1/runs/{id}", id)).andExpect(status().isOk()).andExpect(conformsToRunSchema("runflow-v1"));
 * }</pre>
 */
public final class RunResultMatcher implements ResultMatcher {

    private static final RunValidator DEFAULT_VALIDATOR = RunValidator.create();

    private final String schemaId;
    private final RunValidator validator;
    private final FailOn failOn;

    private RunResultMatcher(String schemaId, RunValidator validator, FailOn failOn) {
        this.schemaId = Objects.requireNonNull(schemaId, "schemaId");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.failOn = Objects.requireNonNull(failOn, "failOn");
        validator.catalogue().requireKnownOrAuto(schemaId);
    }

    /**
     * The response body conforms to {@code schemaId} ({@code runflow-v1}, ..., or {@code auto}).
     *
     * @throws dev.runspec.core.UnknownSchemaException when no bundled schema has that id
     */
    public static RunResultMatcher conformsToRunSchema(String schemaId) {
        return new RunResultMatcher(schemaId, DEFAULT_VALIDATOR, FailOn.ERROR);
    }

    /** The same matcher with another validator: its own catalogue, severity policy or limits. */
    public RunResultMatcher using(RunValidator otherValidator) {
        return new RunResultMatcher(schemaId, otherValidator, failOn);
    }

    /** The same matcher failing at another threshold: {@link FailOn#WARNING} fails on warnings too. */
    public RunResultMatcher failingOn(FailOn threshold) {
        return new RunResultMatcher(schemaId, validator, threshold);
    }

    @Override
    public void match(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        ValidationResult verdict = validator.validate(schemaId, response.getContentAsByteArray())
                .withAdvice(Rule.UNDETECTED_SCHEMA, "name one with conformsToRunSchema(id)").withoutDocument();
        if (failOn.isReachedBy(verdict)) {
            String query = request.getQueryString();
            URI uri = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
            throw new RunResponseAssertionError(
                    new RunVerdict(new RunExchange(request.getMethod(), uri, response.getStatus()), schemaId, verdict), failOn);
        }
    }
}
