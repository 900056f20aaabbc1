package dev.runspec.fuzz;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of an input, to check that every line:column a verdict names lies inside it. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r} (as the JSON parser counts them); a column may
 * point one past the last character of its line (the end of the text, or a missing character).
 * Columns count UTF-16 characters of the decoded text; for bytes that are not UTF-8 they count bytes.
 */
final class SourceBounds {

    private final List<Integer> lineLengths;

    private SourceBounds(List<Integer> lineLengths) {
        this.lineLengths = lineLengths;
    }

    static SourceBounds of(String text) {
        return new SourceBounds(lengths(text.length(), i -> text.charAt(i)));
    }

    /**
     * The lines of an NDJSON log: they end at {@code \n} only (a final {@code \r} is not part of
     * its line); a lone {@code \r} inside a line is one of its characters.
     */
    static SourceBounds ofLines(byte[] bytes) {
        List<Integer> lengths = new ArrayList<>();
        for (byte[] line : NdjsonFuzzTests.lines(bytes)) {
            lengths.add(utf8(line).map(String::length).orElse(line.length));
        }
        return new SourceBounds(lengths);
    }

    static SourceBounds of(byte[] bytes) {
        Optional<String> text = utf8(bytes);
        return text.map(SourceBounds::of).orElseGet(() -> new SourceBounds(lengths(bytes.length, i -> (char) bytes[i])));
    }

    /** The text, when the bytes are strict UTF-8. */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    int lines() {
        return lineLengths.size();
    }

    void requireInside(String what, List<Violation> violations) {
        for (Violation v : violations) {
            requireInside(what, v.line(), v.column(), v.toString());
            for (RelatedLocation r : v.related()) {
                if (r.input() == null) {
                    requireInside(what, r.line(), r.column(), v + " (related " + r + ")");
                }
            }
        }
    }

    void requireInside(String what, int line, int column, String subject) {
        if (line == 0 && column == 0) {
            return;
        }
        if (line < 1 || line > lineLengths.size() || column < 1 || column > lineLengths.get(line - 1) + 1) {
            throw new AssertionError(what + ": " + line + ":" + column + " lies outside the input ("
                    + lineLengths.size() + " lines" + (line >= 1 && line <= lineLengths.size()
                    ? ", line " + line + " has " + lineLengths.get(line - 1) + " characters" : "") + "): " + subject);
        }
    }

    private interface CharAt {
        char at(int index);
    }

    private static List<Integer> lengths(int length, CharAt text) {
        List<Integer> lengths = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.at(i);
            if (c == '\n' || c == '\r') {
                lengths.add(i - start);
                if (c == '\r' && i + 1 < length && text.at(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lengths.add(length - start);
        return lengths;
    }
}
