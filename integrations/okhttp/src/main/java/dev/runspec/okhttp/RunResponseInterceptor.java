package dev.runspec.okhttp;

import dev.runspec.integration.RunExchange;
import dev.runspec.integration.RunResponseCheck;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
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
        RunExchange exchange = new RunExchange(request.method(), uriOf(request.url()), response.code());
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
                check.check(exchange, schema.get(), copyOf(source.getBuffer()));
            }
            return response;
        } catch (IOException | RuntimeException | Error failure) {
            response.close();
            throw failure;
        }
    }

    /**
     * The URL as a {@link URI}: parsed from its text, which is one already for all but odd URLs;
     * {@link HttpUrl#uri()} re-encodes every URL (a regex compiled per call) and is kept for those.
     */
    private static URI uriOf(HttpUrl url) {
        try {
            return URI.create(url.toString());
        } catch (IllegalArgumentException notAsItIs) {
            return url.uri();
        }
    }

    /**
     * The buffer's bytes in one array, the buffer untouched. Copied segment by segment through a
     * cursor: {@code snapshot()} would share the segments, and shared segments never go back to
     * Okio's pool once the caller has read them, so each later call would allocate new ones.
     */
    private static byte[] copyOf(Buffer buffer) {
        byte[] bytes = new byte[Math.toIntExact(buffer.size())];
        try (Buffer.UnsafeCursor cursor = buffer.readUnsafe()) {
            int at = 0;
            for (int n = cursor.seek(0); n != -1; n = cursor.next()) {
                System.arraycopy(cursor.data, cursor.start, bytes, at, n);
                at += n;
            }
        }
        return bytes;
    }
}
