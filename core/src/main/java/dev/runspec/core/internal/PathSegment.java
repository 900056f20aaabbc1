package dev.runspec.core.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>One segment of a request path or of a request pattern, as {@link RequestMapping} compares it
 * with a fixed segment of a mapping ({@code runs} in {@code /v1/runs/{id}}): a literal equals it, a
 * template variable ({@code {id}}) stands for a value, never for a fixed word, and a regular
 * expression matches it when it matches the word whole.
 */
public interface PathSegment {

    /** True when this segment accepts the mapping's fixed segment {@code word}. */
    boolean matches(String word);

    /** A segment of a real request path. */
    static PathSegment literal(String text) {
        return text::equals;
    }

    /** A template variable such as {@code {id}}: a value, so it stands for no fixed word. */
    static PathSegment variable() {
        return word -> false;
    }

    /**
     * A segment of a regular expression (a stub's {@code urlPattern}). A segment that is a
     * literal once its escapes are removed compares as a literal; one that does not compile on its
     * own (a group spanning segments) matches any word.
     */
    static PathSegment regex(String regex) {
        String plain = regex.replaceAll("\\\\([^A-Za-z0-9])", "$1");
        if (!plain.matches(".*[\\\\.\\[\\]()*+?{}|^$].*")) {
            return literal(plain);
        }
        try {
            Pattern pattern = Pattern.compile(regex);
            return word -> pattern.matcher(word).matches();
        } catch (PatternSyntaxException e) {
            return word -> true;
        }
    }
}
