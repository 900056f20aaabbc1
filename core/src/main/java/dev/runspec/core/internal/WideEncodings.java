package dev.runspec.core.internal;

/**
 * Recognises JSON saved as UTF-16 or UTF-32 (with or without a byte-order mark), which Jackson
 * would quietly accept but which no HTTP API sends: such a fixture was re-saved by an editor or a
 * shell redirection, and deserves a clear verdict.
 */
public final class WideEncodings {

    private WideEncodings() {
    }

    /** The name of the wide encoding the bytes are in, or null when they are not UTF-16/32. */
    public static String detect(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-32BE";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return "UTF-16BE";
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return "UTF-16LE";
        }
        return null;
    }
}
