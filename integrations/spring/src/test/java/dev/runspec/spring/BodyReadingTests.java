package dev.runspec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/** How the interceptor and the exchange filter read a body whatever its declared length says. */
class BodyReadingTests {

    private static final byte[] BODY = "{\"id\":\"0196f1d4\",\"status_code\":\"queued\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_body_is_read_whole_whether_its_length_is_declared_right_wrong_or_not_at_all() throws IOException {
        for (long declared : new long[] {BODY.length, -1, 3, BODY.length + 10}) {
            assertThat(ReadRunResponse.readAtMost(new ByteArrayInputStream(BODY), 1000, declared))
                    .as("declared %d", declared).isEqualTo(BODY);
        }
    }

    @Test
    void reading_stops_at_the_limit_whatever_the_declared_length() throws IOException {
        for (long declared : new long[] {BODY.length, -1, 3}) {
            ByteArrayInputStream in = new ByteArrayInputStream(BODY);
            assertThat(ReadRunResponse.readAtMost(in, 11, declared)).as("declared %d", declared).hasSize(11);
            assertThat(in.available()).isEqualTo(BODY.length - 11);
        }
    }

    @Test
    void a_streamed_copy_holds_every_chunk_and_leaves_the_buffers_unread() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        for (long declared : new long[] {BODY.length, -1, 0, 5, BODY.length + 10}) {
            BodyCopy copy = new BodyCopy(1000, declared);
            for (int at = 0; at < BODY.length; at += 7) {
                DataBuffer chunk = buffers.wrap(java.util.Arrays.copyOfRange(BODY, at, Math.min(BODY.length, at + 7)));
                copy.append(chunk);
                assertThat(chunk.readPosition()).isZero();
            }
            assertThat(copy.overLimit()).isFalse();
            assertThat(copy.bytes()).as("declared %d", declared).isEqualTo(BODY);
        }
    }

    @Test
    void a_streamed_copy_past_the_limit_only_counts() {
        BodyCopy copy = new BodyCopy(10, BODY.length);
        copy.append(DefaultDataBufferFactory.sharedInstance.wrap(BODY));

        assertThat(copy.overLimit()).isTrue();
        assertThat(copy.size()).isEqualTo(BODY.length);
    }
}
