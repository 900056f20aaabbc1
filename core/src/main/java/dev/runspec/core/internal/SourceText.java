package dev.runspec.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The input as the reader received it, bytes or characters. Decoding to characters happens only
 * when something must be located, so the common case of a conforming document never pays for it.
 */
public final class SourceText {

    private final byte[] bytes;
    private String text;

    private SourceText(byte[] bytes, String text) {
        this.bytes = bytes;
        this.text = text;
    }

    public static SourceText of(byte[] bytes) {
        return new SourceText(bytes, null);
    }

    public static SourceText of(String text) {
        return new SourceText(null, text);
    }

    public boolean isBytes() {
        return bytes != null;
    }

    public byte[] bytes() {
        return bytes;
    }

    /**
     * The text, decoded strictly as UTF-8 without a byte-order mark.
     *
     * @throws CharacterCodingException when the bytes are not UTF-8
     */
    public String text() throws CharacterCodingException {
        if (text == null) {
            int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        }
        return text;
    }

    /**
     * Line and column (1-based; columns count the characters before it, as for text) of the first
     * byte that is not UTF-8, so the verdict points at the byte itself and never past its line.
     */
    public int[] firstNonUtf8Position() {
        int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, decoded, true);
        decoded.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\r' || c == '\n') {
                line++;
                column = 1;
                if (c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    public static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
