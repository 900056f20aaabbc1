package dev.runspec.restassured;

import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseCheck;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A REST Assured {@link Filter} that checks every response of a run endpoint with a
 * {@link RunResponseCheck}, whatever the test asserts on it. Add it to one request
 * ({@code given().filter(...)}), to a {@code RequestSpecBuilder}, or to every request
 * ({@code RestAssured.filters(...)}):
 *
 * <pre>{@code
 * RestAssured.filters(new RunResponseFilter(RunResponseCheck.failing()));
 * }</pre>
 *
 * <p>REST Assured keeps the whole body in memory once read; the filter checks those bytes and
 * hands the response on unchanged. A body beyond the validator's {@code max-document-size} gets a
 * {@code limit-exceeded} verdict instead of being parsed.
 */
public final class RunResponseFilter implements Filter {

    private final RunResponseCheck check;

    /** A filter applying {@code check}. */
    public RunResponseFilter(RunResponseCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        URI uri;
        try {
            uri = URI.create(request.getURI());
        } catch (IllegalArgumentException notAUri) {
            return response;
        }
        RunExchange exchange = new RunExchange(request.getMethod(), uri, response.getStatusCode());
        Optional<String> schema = check.schemaFor(exchange);
        if (schema.isPresent()) {
            byte[] body = response.asByteArray();
            if (body.length > check.maxBodyBytes()) {
                check.checkTooLarge(exchange, schema.get(), body.length);
            } else {
                check.check(exchange, schema.get(), body);
            }
        }
        return response;
    }
}
