package dev.runspec.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/** A response whose body runspec has read: the same status and headers, and the body as read. */
final class ReadRunResponse implements ClientHttpResponse {

    private final ClientHttpResponse response;
    private final InputStream body;

    ReadRunResponse(ClientHttpResponse response, InputStream body) {
        this.response = response;
        this.body = body;
    }

    /**
     * Up to {@code max} bytes of {@code in}. A body whose length is declared and below {@code max}
     * is read into one array of that length (no buffers grown and copied on the way); one that
     * turns out longer than declared is read on, up to {@code max}.
     */
    static byte[] readAtMost(InputStream in, long max, long declared) throws IOException {
        int most = (int) Math.min(Integer.MAX_VALUE - 8, max);
        if (declared < 0 || declared >= most) {
            return in.readNBytes(most);
        }
        byte[] bytes = new byte[(int) declared];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = in.readNBytes(most - bytes.length - 1);
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
        return response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
        return response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
        return response.getHeaders();
    }

    @Override
    public InputStream getBody() {
        return body;
    }

    @Override
    public void close() {
        response.close();
    }
}
