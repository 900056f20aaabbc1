package dev.runspec.core.internal;

import java.util.Arrays;

/**
 * Moves a line:column the JSON parser gives into a text whose lines end only at {@code \n}, as an
 * NDJSON poll log's lines do. The parser also ends a line at a lone {@code \r} (JSON whitespace),
 * so inside a log line that holds one, its line 2 is the rest of the same log line and its columns
 * must be counted on from the {@code \r}. Columns are counted in characters: UTF-8 continuation
 * bytes are not counted, a 4-byte sequence counts twice.
 */
public final class NewlinePositions {

    /** Per parser line (index 1 on): the line counted at {@code \n} only, and the columns before it on that line. */
    private final int[] lines;
    private final int[] before;

    private NewlinePositions(int[] lines, int[] before) {
        this.lines = lines;
        this.before = before;
    }

    /** The positions of {@code json}, or {@code null} when it holds no lone {@code \r} (every position stays where it is). */
    public static NewlinePositions of(byte[] json) {
        if (!hasLoneCarriageReturn(json)) {
            return null;
        }
        int[] lines = new int[8];
        int[] before = new int[8];
        int parserLine = 1;
        int line = 1;
        int column = 0;
        lines[1] = 1;
        for (int i = 0; i < json.length; i++) {
            int b = json[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 0;
            } else if (b == '\r' && i + 1 < json.length && json[i + 1] == '\n') {
                line++;
                column = 0;
                i++;
            } else if (b == '\r') {
                column++;
            } else {
                if ((b & 0xC0) != 0x80) {
                    column += b >= 0xF0 ? 2 : 1;
                }
                continue;
            }
            parserLine++;
            if (parserLine >= lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                before = Arrays.copyOf(before, before.length * 2);
            }
            lines[parserLine] = line;
            before[parserLine] = column;
        }
        return new NewlinePositions(Arrays.copyOf(lines, parserLine + 1), Arrays.copyOf(before, parserLine + 1));
    }

    /** The {@code \n}-counted line of a parser line (1-based); a line past the text stays on the last one. */
    public int line(int parserLine) {
        return lines[clamp(parserLine)];
    }

    /** The column on {@link #line(int)} of a parser line:column. */
    public int column(int parserLine, int parserColumn) {
        return before[clamp(parserLine)] + parserColumn;
    }

    private int clamp(int parserLine) {
        return Math.max(1, Math.min(parserLine, lines.length - 1));
    }

    private static boolean hasLoneCarriageReturn(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '\r' && (i + 1 == json.length || json[i + 1] != '\n')) {
                return true;
            }
        }
        return false;
    }
}
