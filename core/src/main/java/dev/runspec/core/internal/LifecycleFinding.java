package dev.runspec.core.internal;

import dev.runspec.core.Rule;
import java.util.List;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>A broken lifecycle rule before it is placed in the source text: the member that breaks it,
 * and the other members it was compared with.
 *
 * @param pointer JSON Pointer of the member that breaks the rule
 * @param related the other members, each as its name and pointer
 */
public record LifecycleFinding(String pointer, Rule rule, Object expected, Object actual, String message,
        List<Related> related) {

    /** Another member the finding speaks of. */
    public record Related(String description, String pointer) {
    }
}
