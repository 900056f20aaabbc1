package dev.runspec.spring;

import dev.runspec.core.FailOn;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.RunflowSignature;
import dev.runspec.core.ValidationResult;
import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseAssertionError;
import dev.runspec.integration.RunVerdict;
import dev.runspec.integration.internal.FailureText;
import java.net.URI;
import java.util.Objects;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A MockMvc {@link ResultMatcher}, for servers that serve runs as a provider does (a compatible
 * API, a proxy, a simulator): the response body must conform to a schema; and for servers that
 * receive the providers' webhooks and callbacks: the delivery the test posted must be one the
 * provider could send (the request body, and its Runflow signature when given the secret). A
 * failure lists every violation, as {@code @ValidateRunResponse} does. Errors fail by default.
 *
 * <pre>{@code
 * mvc.perform(get("/v1/runs/{id}", id)).andExpect(status().isOk()).andExpect(conformsToRunSchema("runflow-v1"));
 * mvc.perform(post("/hooks/comfydeploy").contentType(APPLICATION_JSON).content(delivery))
 *         .andExpect(status().isOk()).andExpect(webhookConformsToRunSchema("comfydeploy-v2-webhook"));
 * }</pre>
 */
public final class RunResultMatcher implements ResultMatcher {

    private static final RunValidator DEFAULT_VALIDATOR = RunValidator.create();

    private final String schemaId;
    private final RunValidator validator;
    private final FailOn failOn;
    private final boolean webhook;
    private final byte[] runflowSecret;

    private RunResultMatcher(String schemaId, RunValidator validator, FailOn failOn, boolean webhook, byte[] runflowSecret) {
        this.schemaId = Objects.requireNonNull(schemaId, "schemaId");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.failOn = Objects.requireNonNull(failOn, "failOn");
        this.webhook = webhook;
        this.runflowSecret = runflowSecret;
        validator.catalogue().requireKnownOrAuto(schemaId);
    }

    /**
     * The response body conforms to {@code schemaId} ({@code runflow-v1}, ..., or {@code auto}).
     *
     * @throws dev.runspec.core.UnknownSchemaException when no bundled schema has that id
     */
    public static RunResultMatcher conformsToRunSchema(String schemaId) {
        return new RunResultMatcher(schemaId, DEFAULT_VALIDATOR, FailOn.ERROR, false, null);
    }

    /**
     * The request body the server received conforms to {@code schemaId}: for a webhook or callback
     * receiver, whose test posts a delivery ({@code comfydeploy-v2-webhook},
     * {@code comfydeploy-v1-webhook}, {@code runflow-callback}, or {@code auto}). It checks that
     * the test's delivery is one the provider could send, so the receiver is tested on the real
     * shape; add {@link #withRunflowSecret(byte[])} to check its {@code Runflow-Signature} too.
     *
     * @throws dev.runspec.core.UnknownSchemaException when no bundled schema has that id
     */
    public static RunResultMatcher webhookConformsToRunSchema(String schemaId) {
        return new RunResultMatcher(schemaId, DEFAULT_VALIDATOR, FailOn.ERROR, true, null);
    }

    /**
     * The same webhook matcher also checking the delivery's {@code Runflow-Signature} header, the
     * hex HMAC-SHA256 of the raw body keyed with {@code secret}: a missing, malformed or wrong
     * signature is a {@code signature} violation.
     *
     * @throws IllegalStateException on a matcher of the response body
     */
    public RunResultMatcher withRunflowSecret(byte[] secret) {
        if (!webhook) {
            throw new IllegalStateException("a Runflow signature comes with a delivery: use webhookConformsToRunSchema(id)");
        }
        return new RunResultMatcher(schemaId, validator, failOn, true, Objects.requireNonNull(secret, "secret").clone());
    }

    /** The same matcher with another validator: its own catalogue, severity policy or limits. */
    public RunResultMatcher using(RunValidator otherValidator) {
        return new RunResultMatcher(schemaId, otherValidator, failOn, webhook, runflowSecret);
    }

    /** The same matcher failing at another threshold: {@link FailOn#WARNING} fails on warnings too. */
    public RunResultMatcher failingOn(FailOn threshold) {
        return new RunResultMatcher(schemaId, validator, threshold, webhook, runflowSecret);
    }

    @Override
    public void match(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        String query = request.getQueryString();
        URI uri = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        if (webhook) {
            byte[] body = request.getContentAsByteArray() == null ? new byte[0] : request.getContentAsByteArray();
            ValidationResult verdict = validator.validate(schemaId, body)
                    .withAdvice(Rule.UNDETECTED_SCHEMA, "name one with webhookConformsToRunSchema(id)").withoutDocument();
            if (runflowSecret != null) {
                verdict = verdict.withViolations(RunflowSignature.verify(body, request.getHeader(RunflowSignature.HEADER), runflowSecret)
                        .violation(validator.policy()).stream().toList());
            }
            if (failOn.isReachedBy(verdict)) {
                throw new AssertionError(FailureText.message("webhook delivery",
                        request.getMethod() + " " + uri + " (answered " + response.getStatus() + ")", schemaId, failOn, verdict));
            }
            return;
        }
        ValidationResult verdict = validator.validate(schemaId, response.getContentAsByteArray())
                .withAdvice(Rule.UNDETECTED_SCHEMA, "name one with conformsToRunSchema(id)").withoutDocument();
        if (failOn.isReachedBy(verdict)) {
            throw new RunResponseAssertionError(
                    new RunVerdict(new RunExchange(request.getMethod(), uri, response.getStatus()), schemaId, verdict), failOn);
        }
    }
}
