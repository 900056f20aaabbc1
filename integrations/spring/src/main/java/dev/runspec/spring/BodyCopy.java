package dev.runspec.spring;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * A copy of the bytes of a streaming body, up to a limit, leaving the buffers themselves as they
 * were (their read positions included); past the limit it only counts. Sized from the declared
 * length when there is one, so a body of that length is copied once, straight into its array.
 * Reactive signals arrive one at a time, so it needs no locking.
 */
final class BodyCopy {

    private final long limit;
    private byte[] bytes;
    private long size;

    /** A copy of at most {@code limit} bytes, expecting {@code declared} of them (-1 when unknown). */
    BodyCopy(long limit, long declared) {
        this.limit = limit;
        this.bytes = new byte[declared >= 0 && declared <= limit ? (int) declared : 256];
    }

    void append(DataBuffer buffer) {
        int readable = buffer.readableByteCount();
        if (size + readable <= limit) {
            int at = (int) size;
            if (at + readable > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.min(limit, Integer.MAX_VALUE - 8), Math.max(at + readable, 2L * bytes.length)));
            }
            try (DataBuffer.ByteBufferIterator parts = buffer.readableByteBuffers()) {
                while (parts.hasNext()) {
                    ByteBuffer part = parts.next();
                    int n = part.remaining();
                    part.get(bytes, at, n);
                    at += n;
                }
            }
        } else if (size <= limit) {
            bytes = new byte[0];
        }
        size += readable;
    }

    boolean overLimit() {
        return size > limit;
    }

    long size() {
        return size;
    }

    byte[] bytes() {
        return bytes.length == size ? bytes : Arrays.copyOf(bytes, (int) size);
    }
}
