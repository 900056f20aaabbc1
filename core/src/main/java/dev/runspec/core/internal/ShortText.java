package dev.runspec.core.internal;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>How every message shows a text it quotes: on one line (control characters escaped) and cut to
 * a readable length, saying how long it really was.
 */
public final class ShortText {

    private static final int MAX_SHOWN = 60;

    private ShortText() {
    }

    /** {@code text} as messages show it. */
    public static String of(String text) {
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN - 10) : text;
        StringBuilder out = new StringBuilder(cut.length() + 24);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (cut.length() < text.length()) {
            out.append("… (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}
