package dev.runspec.spring;

import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseCheck;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * An {@link ExchangeFilterFunction} for {@code WebClient} that checks the responses of run
 * endpoints with a {@link RunResponseCheck}, as their bodies stream to the caller: the buffers pass
 * through untouched while a copy (up to the validator's {@code max-document-size}) is kept, and the
 * check runs when the body completes. In {@code FAIL} mode a drifted run ends the body with a
 * {@link dev.runspec.integration.RunResponseAssertionError}; in {@code REPORT} mode the body
 * completes normally and the verdict is reported. A body the caller never reads is not checked.
 *
 * <pre>{@code
 * WebClient runs = WebClient.builder()
 *         .baseUrl("https://api.runflow.io")
 *         .filter(new RunResponseExchangeFilter(RunResponseCheck.failing()))
 *         .build();
 * }</pre>
 */
public final class RunResponseExchangeFilter implements ExchangeFilterFunction {

    private final RunResponseCheck check;

    /** A filter applying {@code check}. */
    public RunResponseExchangeFilter(RunResponseCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return next.exchange(request).map(response -> {
            RunExchange exchange = new RunExchange(request.method().name(), request.url(), response.statusCode().value());
            Optional<String> schema = check.schemaFor(exchange);
            if (schema.isEmpty()) {
                return response;
            }
            return response.mutate().body(body -> {
                BodyCopy copy = new BodyCopy(check.maxBodyBytes(), response.headers().contentLength().orElse(-1));
                return body.doOnNext(copy::append).concatWith(Mono.fromRunnable(() -> {
                    if (copy.overLimit()) {
                        check.checkTooLarge(exchange, schema.get(), copy.size());
                    } else {
                        check.check(exchange, schema.get(), copy.bytes());
                    }
                }));
            }).build();
        });
    }
}
