package dev.runspec.spring;

import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@link ClientHttpRequestInterceptor} for {@code RestClient} and {@code RestTemplate} that
 * checks the responses of run endpoints with a {@link RunResponseCheck}: in {@code FAIL} mode a
 * drifted run fails the call with a {@link dev.runspec.integration.RunResponseAssertionError}; in
 * {@code REPORT} mode the call goes through and the verdict is reported.
 *
 * <pre>{@code
 * RestClient runs = RestClient.builder()
 *         .baseUrl("https://api.runflow.io")
 *         .requestInterceptor(new RunResponseClientInterceptor(RunResponseCheck.failing()))
 *         .build();
 * }</pre>
 *
 * <p>The body is read once, up to the validator's {@code max-document-size}, and the caller reads
 * those very bytes; a longer body gets a {@code limit-exceeded} verdict and reaches the caller
 * whole (what was read, then the rest of the stream).
 */
public final class RunResponseClientInterceptor implements ClientHttpRequestInterceptor {

    private final RunResponseCheck check;

    /** An interceptor applying {@code check}. */
    public RunResponseClientInterceptor(RunResponseCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] requestBody, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, requestBody);
        RunExchange exchange = new RunExchange(request.getMethod().name(), request.getURI(), response.getStatusCode().value());
        Optional<String> schema = check.schemaFor(exchange);
        if (schema.isEmpty()) {
            return response;
        }
        try {
            long limit = check.maxBodyBytes();
            InputStream body = response.getBody();
            long declared = response.getHeaders().getContentLength();
            byte[] head = ReadRunResponse.readAtMost(body, limit + 1, declared);
            if (head.length > limit) {
                check.checkTooLarge(exchange, schema.get(), declared > limit ? declared : -1);
                return new ReadRunResponse(response, new SequenceInputStream(new ByteArrayInputStream(head), body));
            }
            check.check(exchange, schema.get(), head);
            return new ReadRunResponse(response, new ByteArrayInputStream(head));
        } catch (IOException | RuntimeException | Error failure) {
            response.close();
            throw failure;
        }
    }
}
