package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.core.Rule;
import dev.runspec.core.Violation;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.core.TokenStreamLocation;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * Reads one JSON document within the {@link Limits}. The fast path is a single strict Jackson
 * parse; only when it fails does the reader look closer, to tell duplicate keys (reported, then
 * read with the last value winning) from malformed text (reported with line and column).
 */
public final class JsonDocumentReader {

    private final Limits limits;
    private final JsonMapper strict;
    private final JsonMapper lenient;
    private final PolicyLabels labels;

    public JsonDocumentReader(Limits limits, PolicyLabels labels) {
        this.limits = limits;
        this.labels = labels;
        this.strict = JsonReading.strictMapper(limits);
        this.lenient = JsonReading.lenientMapper(limits);
    }

    public ParsedDocument read(byte[] bytes) {
        SourceText source = SourceText.of(bytes);
        if (bytes.length > limits.maxDocumentBytes()) {
            return failed(source, LimitMessages.documentTooLarge(bytes.length, limits, labels));
        }
        String wideEncoding = WideEncodings.detect(bytes);
        if (wideEncoding != null) {
            return notUtf8(source, wideEncoding);
        }
        int start = SourceText.hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        try {
            return parsed(strict.readTree(bytes, start, bytes.length - start), source);
        } catch (JacksonException e) {
            return readCarefully(source, e);
        }
    }

    public ParsedDocument read(String text) {
        String json = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        SourceText source = SourceText.of(json);
        // The limit is in UTF-8 bytes, as for the same document given as bytes (byte-order mark included).
        long size = utf8Length(text, limits.maxDocumentBytes());
        if (size > limits.maxDocumentBytes()) {
            return failed(source, LimitMessages.documentTooLarge(size, limits, labels));
        }
        // The same verdict as for this text's UTF-8 bytes: NULs among the first characters are what a
        // UTF-16 or UTF-32 file read as single bytes looks like.
        String wideEncoding = WideEncodings.detect(text.substring(0, Math.min(4, text.length())).getBytes(StandardCharsets.UTF_8));
        if (wideEncoding != null) {
            return notUtf8(source, wideEncoding);
        }
        try {
            return parsed(strict.readTree(json), source);
        } catch (JacksonException e) {
            return readCarefully(source, e);
        }
    }

    /**
     * The text's length in UTF-8 bytes (a lone surrogate counts as the 3 bytes of its replacement);
     * its length in characters when even at 3 bytes each it stays within the limit.
     */
    private static long utf8Length(String text, long limit) {
        if ((long) text.length() * 3 <= limit) {
            return text.length();
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private ParsedDocument notUtf8(SourceText source, String wideEncoding) {
        return failed(source, labels.violation("", Rule.MALFORMED_JSON, "UTF-8", wideEncoding,
                "the text is encoded as " + wideEncoding + "; JSON must be UTF-8", 1, 1));
    }

    private ParsedDocument parsed(JsonNode tree, SourceText source) {
        if (tree == null || tree.isMissingNode()) {
            return failed(source, labels.violation("", Rule.MALFORMED_JSON, "a JSON value", null,
                    "the document is empty: there is no JSON value in it", 1, 1));
        }
        return new ParsedDocument(tree, List.of(), source);
    }

    /** The slow path: find every duplicate key, or the exact place where the text stops being JSON. */
    private ParsedDocument readCarefully(SourceText source, JacksonException strictFailure) {
        String text;
        try {
            text = source.text();
        } catch (CharacterCodingException notUtf8) {
            // Not the parser's location: it lies past the bad bytes, and can be past their line.
            int[] at = source.firstNonUtf8Position();
            return failed(source, labels.violation("", Rule.MALFORMED_JSON, "UTF-8", null,
                    "the bytes are not valid UTF-8 text", at[0], at[1]));
        }
        DuplicateKeyScan scan = DuplicateKeyScan.of(text, lenient, limits, labels);
        if (scan.fatal() != null) {
            List<Violation> all = new ArrayList<>(scan.duplicates());
            all.add(scan.fatal());
            return new ParsedDocument(null, all, source);
        }
        if (!scan.duplicates().isEmpty()) {
            try {
                return new ParsedDocument(lenient.readTree(text), scan.duplicates(), source);
            } catch (JacksonException beyondALimit) {
                // The scan reads no string's content, so a string over the length limit shows only now.
                TokenStreamLocation at = beyondALimit.getLocation();
                List<Violation> all = new ArrayList<>(scan.duplicates());
                all.add(MalformedJsonMessages.violation(beyondALimit, false, limits, labels, line(at), column(at)));
                return new ParsedDocument(null, all, source);
            }
        }
        // The strict parse failed, yet a careful scan found nothing wrong: report what Jackson saw.
        TokenStreamLocation at = strictFailure.getLocation();
        return failed(source, MalformedJsonMessages.violation(strictFailure, false, limits, labels, line(at), column(at)));
    }

    private static ParsedDocument failed(SourceText source, Violation violation) {
        return new ParsedDocument(null, List.of(violation), source);
    }

    public static int line(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
    }

    public static int column(TokenStreamLocation at) {
        return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
    }
}
