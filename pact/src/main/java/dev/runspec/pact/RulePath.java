package dev.runspec.pact;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a Pact matching rule ({@code $.node_runs[*].cost}, {@code $['a b'][0]}, {@code $.*}),
 * parsed into steps that can be laid against a value's path. A more specific path outweighs a
 * wildcard one, as Pact's own matchers decide.
 */
final class RulePath {

    private static final Object ANY = new Object();

    private final String text;
    private final List<Object> steps;

    private RulePath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** The parsed path, or null when the text is not a Pact body path. */
    static RulePath parse(String text) {
        if (text == null || !text.startsWith("$")) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (name.isEmpty()) {
                    return null;
                }
                steps.add(name.equals("*") ? ANY : name);
                i = end;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                String inside = text.substring(i + 1, close);
                if (inside.startsWith("'")) {
                    close = text.indexOf("']", i + 2);
                    if (close < 0) {
                        return null;
                    }
                    steps.add(text.substring(i + 2, close));
                    close++;
                } else if (inside.equals("*")) {
                    steps.add(ANY);
                } else if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
                    steps.add(Integer.valueOf(inside));
                } else {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return new RulePath(text, List.copyOf(steps));
    }

    String text() {
        return text;
    }

    int length() {
        return steps.size();
    }

    /**
     * How well this path names the value at {@code path} (member names and indexes): 0 when it does
     * not, otherwise higher for exact steps than for wildcards.
     */
    int weight(List<Object> path) {
        if (path.size() != steps.size()) {
            return 0;
        }
        int weight = 1;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            Object segment = path.get(i);
            if (step == ANY) {
                continue;
            }
            if (!step.equals(segment)) {
                return 0;
            }
            weight++;
        }
        return weight;
    }
}
