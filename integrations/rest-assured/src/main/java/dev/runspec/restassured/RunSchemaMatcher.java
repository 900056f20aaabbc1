package dev.runspec.restassured;

import dev.runspec.core.FailOn;
import dev.runspec.core.Rule;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.VerdictWords;
import dev.runspec.integration.internal.FailureText;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * A Hamcrest matcher for a whole run response body (JSON text or bytes), for REST Assured's
 * {@code then().body(matchesRunSchema("runflow-v1"))} or any {@code assertThat}. A mismatch lists
 * every violation, one per line, as {@code @ValidateRunResponse} does. {@code auto} picks the
 * schema by the document's shape. Errors fail by default; {@link #failingOn(FailOn)} changes that.
 *
 * <pre>{@code
 * given().get("/v1/runs/{id}", id).then().statusCode(200).body(matchesRunSchema("runflow-v1"));
 * }</pre>
 */
public final class RunSchemaMatcher extends TypeSafeDiagnosingMatcher<Object> {

    private static final RunValidator DEFAULT_VALIDATOR = RunValidator.create();

    private final String schemaId;
    private final RunValidator validator;
    private final FailOn failOn;
    /**
     * The violations of the last body this thread found not to conform, until a description shows
     * them. REST Assured's body(...) reports the matcher's description and the body, never the
     * mismatch description, so the description carries them.
     */
    private final ThreadLocal<Found> lastFound = new ThreadLocal<>();

    private RunSchemaMatcher(String schemaId, RunValidator validator, FailOn failOn) {
        this.schemaId = Objects.requireNonNull(schemaId, "schemaId");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.failOn = Objects.requireNonNull(failOn, "failOn");
        validator.catalogue().requireKnownOrAuto(schemaId);
    }

    /**
     * A body that conforms to {@code schemaId} ({@code runflow-v1}, ..., or {@code auto}).
     *
     * @throws dev.runspec.core.UnknownSchemaException when no bundled schema has that id
     */
    public static RunSchemaMatcher matchesRunSchema(String schemaId) {
        return new RunSchemaMatcher(schemaId, DEFAULT_VALIDATOR, FailOn.ERROR);
    }

    /** The same matcher with another validator: its own catalogue, severity policy or limits. */
    public RunSchemaMatcher using(RunValidator otherValidator) {
        return new RunSchemaMatcher(schemaId, otherValidator, failOn);
    }

    /** The same matcher failing at another threshold: {@link FailOn#WARNING} fails on warnings too. */
    public RunSchemaMatcher failingOn(FailOn threshold) {
        return new RunSchemaMatcher(schemaId, validator, threshold);
    }

    @Override
    protected boolean matchesSafely(Object body, Description mismatch) {
        ValidationResult result;
        if (body instanceof String text) {
            result = validator.validate(schemaId, text);
        } else if (body instanceof byte[] bytes) {
            result = validator.validate(schemaId, bytes);
        } else {
            mismatch.appendText("was a " + body.getClass().getName() + ", not a response body as text or bytes");
            return false;
        }
        if (!failOn.isReachedBy(result)) {
            return true;
        }
        result = result.withAdvice(Rule.UNDETECTED_SCHEMA, "name one with matchesRunSchema(id)");
        Found found = lastFound.get();
        if (found != null && found.body == body && found.shown) {
            lastFound.remove();
            mismatch.appendText("the " + VerdictWords.counts(result) + " above");
            return false;
        }
        String text = (RunValidator.AUTO.equals(schemaId) ? "against " + FailureText.schema(schemaId, result) + ", " : "")
                + "found " + FailureText.found(result, "  ");
        lastFound.set(new Found(body, text));
        mismatch.appendText(text);
        return false;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a run response conforming to schema " + VerdictWords.schema(schemaId)
                + (failOn == FailOn.ERROR ? "" : " with no " + VerdictWords.failing(failOn)));
        Found found = lastFound.get();
        if (found != null && !found.shown) {
            found.shown = true;
            description.appendText(", which it does not: " + found.text);
        }
    }

    /** What one body that does not conform was found to hold. */
    private static final class Found {
        final Object body;
        final String text;
        boolean shown;

        Found(Object body, String text) {
            this.body = body;
            this.text = text;
        }
    }
}
