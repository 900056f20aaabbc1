package dev.runspec.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where the values of chosen top-level members start in a JSON text, in one pass over its
 * UTF-8 bytes without building anything: what the sequence checker keeps of each response so it
 * can point at the earlier poll. Columns count characters as Java strings do. Only ever run on
 * text the validator has already read as a JSON object; on anything else it finds less, never fails.
 */
final class TopLevelPositions {

    private final byte[][] names;

    TopLevelPositions(List<String> members) {
        this.names = members.stream().map(m -> m.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * Line and column per member (packed as {@code line << 32 | column}), 0 when absent; the last
     * entry is the position of the document's opening brace.
     */
    long[] scan(byte[] json) {
        long[] found = new long[names.length + 1];
        int line = 1;
        int depth = 0;
        int i = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF ? 3 : 0;
        // Where the column was last counted to, and that column: counting goes on from there.
        int[] cursor = {i, 1};
        int pendingMember = -1;
        boolean expectName = false;
        while (i < json.length) {
            byte b = json[i];
            switch (b) {
                case '\n' -> {
                    line++;
                    cursor[0] = i + 1;
                    cursor[1] = 1;
                    i++;
                }
                case '"' -> {
                    int end = stringEnd(json, i);
                    if (depth == 1 && expectName) {
                        pendingMember = memberIndex(json, i + 1, end - 1);
                        expectName = false;
                    } else {
                        place(found, pendingMember, line, json, cursor, i);
                        pendingMember = -1;
                    }
                    i = end;
                }
                case '{', '[' -> {
                    if (depth == 0 && b == '{') {
                        found[names.length] = pack(line, column(json, cursor, i));
                    }
                    place(found, pendingMember, line, json, cursor, i);
                    pendingMember = -1;
                    depth++;
                    expectName = b == '{' && depth == 1;
                    i++;
                }
                case '}', ']' -> {
                    depth--;
                    i++;
                }
                case ',' -> {
                    expectName = depth == 1;
                    i++;
                }
                case ' ', '\t', '\r', ':' -> i++;
                default -> {
                    place(found, pendingMember, line, json, cursor, i);
                    pendingMember = -1;
                    i++;
                }
            }
        }
        return found;
    }

    static int line(long packed) {
        return (int) (packed >>> 32);
    }

    static int column(long packed) {
        return (int) packed;
    }

    private void place(long[] found, int member, int line, byte[] json, int[] cursor, int at) {
        if (member >= 0) {
            found[member] = pack(line, column(json, cursor, at));
        }
    }

    private int memberIndex(byte[] json, int from, int to) {
        for (int m = 0; m < names.length; m++) {
            if (Arrays.equals(names[m], 0, names[m].length, json, from, to)) {
                return m;
            }
        }
        return -1;
    }

    /** The index just past the closing quote of the string that opens at {@code start}. */
    private static int stringEnd(byte[] json, int start) {
        int i = start + 1;
        while (i < json.length) {
            byte b = json[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return json.length;
    }

    /** 1-based column in characters: UTF-8 continuation bytes are not counted, 4-byte sequences count twice. */
    private static int column(byte[] json, int[] cursor, int at) {
        int column = cursor[1];
        for (int i = cursor[0]; i < at; i++) {
            int b = json[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                column += b >= 0xF0 ? 2 : 1;
            }
        }
        cursor[0] = at;
        cursor[1] = column;
        return column;
    }

    private static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }
}
