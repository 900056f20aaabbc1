package dev.runspec.okhttp;

import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseCheck;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * An OkHttp {@link Interceptor} that checks the responses of run endpoints as they arrive, with a
 * {@link RunResponseCheck}: in {@code FAIL} mode a drifted run fails the call with a
 * {@link dev.runspec.integration.RunResponseAssertionError}; in {@code REPORT} mode the call goes
 * through and the verdict is reported. Add it as an application interceptor (it sees the
 * decompressed body) to an {@code OkHttpClient}, or to the client under Retrofit:
 *
 * <pre>{@code
 * OkHttpClient http = new OkHttpClient.Builder()
 *         .addInterceptor(new RunResponseInterceptor(RunResponseCheck.failing()))
 *         .build();
 * }</pre>
 *
 * <p>The body is read once, into OkHttp's own buffer of the response, and left there: the caller
 * reads the very same bytes. A body beyond the validator's {@code max-document-size} is not read
 * further (it gets a {@code limit-exceeded} verdict) and still reaches the caller whole.
 */
public final class RunResponseInterceptor implements Interceptor {

    private final RunResponseCheck check;

    /** An interceptor applying {@code check}. */
    public RunResponseInterceptor(RunResponseCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        RunExchange exchange = new RunExchange(request.method(), request.url().uri(), response.code());
        Optional<String> schema = check.schemaFor(exchange);
        if (schema.isEmpty()) {
            return response;
        }
        try {
            ResponseBody body = response.body();
            BufferedSource source = body.source();
            long limit = check.maxBodyBytes();
            if (source.request(limit + 1)) {
                long declared = body.contentLength();
                check.checkTooLarge(exchange, schema.get(), declared > limit ? declared : -1);
            } else {
                // The whole body now sits in the source's buffer; checking a copy leaves it there for the caller.
                check.check(exchange, schema.get(), source.getBuffer().snapshot().toByteArray());
            }
            return response;
        } catch (IOException | RuntimeException | Error failure) {
            response.close();
            throw failure;
        }
    }
}
