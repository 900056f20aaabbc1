package dev.runspec.fuzz;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.util.List;

/**
 * A verdict as two input forms of the same document must agree on: per violation its pointer,
 * rule, severity and line:column. Messages may word a size in bytes or in characters.
 */
final class Verdicts {

    private Verdicts() {
    }

    static List<String> of(ValidationResult result) {
        return of(result.violations());
    }

    static List<String> of(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.pointer() + " [" + v.rule().id() + ", " + v.severity() + "] at " + v.line() + ":" + v.column())
                .toList();
    }

    static void requireSame(String what, List<?> first, List<?> second) {
        if (!first.equals(second)) {
            throw new AssertionError(what + " differ:\n  " + first + "\n  " + second);
        }
    }
}
