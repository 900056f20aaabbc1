package dev.runspec.core.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>"Did you mean": the documented name closest to an unknown one, for renamed or misspelt members.
 * Shared by every front end that names members (violation messages, Pact bodies), so that they
 * suggest the same names.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest name within a small edit distance (or sharing a long prefix), or null. */
    public static String closest(String unknown, Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = normalise(unknown);
        if (u.length() < 3) {
            return null;
        }
        for (String name : names) {
            String n = normalise(name);
            boolean prefix = u.length() >= 4 && (n.startsWith(u) || u.startsWith(n)) && n.length() >= 4;
            int limit = Math.max(1, Math.min(u.length(), n.length()) / 3);
            // Only a distance within this bound can make the name the best so far.
            int bound = prefix ? bestDistance - 1 : Math.min(limit, bestDistance - 1);
            int distance = n.equals(u) ? 0 : distance(u, n, bound);
            if ((distance <= limit || prefix) && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String normalise(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The edit distance between {@code a} and {@code b} when it is at most {@code bound}; otherwise
     * some number above {@code bound}, found as soon as every path through the table exceeds it.
     */
    private static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE / 2;
        }
        if (bound < 0 || Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
