package dev.runspec.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one simulated run goes through: its steps in order, and the lifecycle and poll-sequence
 * warnings its bodies give on purpose (empty for an ordinary run; the rule ids of the anomaly it
 * shows, such as {@code sequence-queued-after-started}).
 *
 * <pre>{@code
 * Script slow = new Script("slow-success", List.of(
 *         ScriptStep.of("queued", Duration.ofMinutes(5)),
 *         ScriptStep.of("running", Duration.ofMinutes(1)).with("nodes_completed", 2),
 *         ScriptStep.of("succeeded", Duration.ZERO)), List.of());
 * }</pre>
 *
 * @param name the name a create request's {@code X-Runspec-Script} header picks it by
 * @param steps the steps, at least one
 * @param expectedWarnings the rule ids of the warnings its bodies give on purpose
 */
public record Script(String name, List<ScriptStep> steps, List<String> expectedWarnings) {

    public Script {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("script name '" + name + "' is not a word of letters, digits, '.', '_' or '-'");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("script '" + name + "' has no steps");
        }
        expectedWarnings = List.copyOf(expectedWarnings);
    }

    /** How long the script runs on the virtual clock, from creation to its last step. */
    public Duration length() {
        Duration total = Duration.ZERO;
        for (int i = 0; i < steps.size() - 1; i++) {
            total = total.plus(steps.get(i).next());
        }
        return total;
    }

    /** The status the run ends in. */
    public String finalStatus() {
        return steps.get(steps.size() - 1).status();
    }
}
