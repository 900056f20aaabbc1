package dev.runspec.spring;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * A copy of the bytes of a streaming body, up to a limit, leaving the buffers themselves as they
 * were (their read positions included); past the limit it only counts. Reactive signals arrive one
 * at a time, so it needs no locking.
 */
final class BodyCopy {

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long size;

    BodyCopy(long limit) {
        this.limit = limit;
    }

    void append(DataBuffer buffer) {
        int readable = buffer.readableByteCount();
        if (size + readable <= limit) {
            try (DataBuffer.ByteBufferIterator parts = buffer.readableByteBuffers()) {
                while (parts.hasNext()) {
                    ByteBuffer part = parts.next();
                    byte[] chunk = new byte[part.remaining()];
                    part.get(chunk);
                    bytes.write(chunk, 0, chunk.length);
                }
            }
        } else if (size <= limit) {
            bytes.reset();
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
        return bytes.toByteArray();
    }
}
