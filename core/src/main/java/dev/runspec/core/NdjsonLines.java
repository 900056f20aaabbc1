package dev.runspec.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits an NDJSON stream into lines, reading in 64 KiB chunks and holding at most one line (up to
 * the document size limit) in memory. A line beyond the limit is skipped to its end and only its
 * length is reported.
 */
final class NdjsonLines {

    /** Receives each non-blank line. */
    interface Handler {
        /** A line within the limit, without its line terminator. */
        void line(long number, byte[] content);

        /** A line beyond the limit; its content was not kept. */
        void tooLong(long number, long length);
    }

    private final long maxLineBytes;

    NdjsonLines(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    void split(InputStream in, Handler handler) throws IOException {
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[8192];
        int kept = 0;
        long length = 0;
        long number = 1;
        boolean blank = true;
        byte last = 0;
        for (int n; (n = in.read(chunk)) >= 0; ) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b != '\n') {
                    blank &= b == ' ' || b == '\t' || b == '\r';
                    continue;
                }
                int piece = i - start;
                length += piece;
                if (piece > 0) {
                    last = chunk[i - 1];
                }
                // One byte over the limit is kept: it may be the CR of a CRLF, which is no content.
                if (length - 1 <= maxLineBytes) {
                    line = append(line, kept, chunk, start, piece);
                    kept += piece;
                }
                emit(handler, number, line, kept, length, blank, last);
                number++;
                kept = 0;
                length = 0;
                blank = true;
                last = 0;
                start = i + 1;
            }
            int piece = n - start;
            length += piece;
            if (piece > 0) {
                last = chunk[n - 1];
            }
            if (length - 1 <= maxLineBytes && piece > 0) {
                line = append(line, kept, chunk, start, piece);
                kept += piece;
            }
        }
        emit(handler, number, line, kept, length, blank, last);
    }

    private void emit(Handler handler, long number, byte[] line, int kept, long length, boolean blank, byte last) {
        if (blank) {
            return;
        }
        // The limit is on the line's content: a final CR belongs to its terminator.
        long content = length > 0 && last == '\r' ? length - 1 : length;
        if (content > maxLineBytes) {
            handler.tooLong(number, content);
            return;
        }
        handler.line(number, Arrays.copyOf(line, (int) content));
    }

    private static byte[] append(byte[] line, int kept, byte[] chunk, int from, int count) {
        byte[] target = line;
        if (kept + count > target.length) {
            target = Arrays.copyOf(target, Math.max(kept + count, target.length * 2));
        }
        System.arraycopy(chunk, from, target, kept, count);
        return target;
    }
}
