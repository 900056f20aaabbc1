package dev.runspec.cli;

import dev.runspec.core.FailOn;
import dev.runspec.core.SeverityPolicy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --strict}, {@code --severity} and {@code --fail-on}, shared by every command that judges inputs. */
final class PolicyOptions {

    @Option(names = "--strict", description = "Report members the provider does not document as errors, not warnings.")
    boolean strict;

    @Option(names = "--severity", paramLabel = "RULE=SEVERITY",
            description = "Give a rule another severity, for example unknown-value=error, format=warning,"
                    + " loose-matcher=error or lifecycle-waiting-with-start=off (off: not checked at all; 'runspec rules'"
                    + " lists the lifecycle rules). Repeatable; applied after --strict.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = FailOnConverter.class,
            description = "Exit with status 1 when any violation is at least this severe: error, warning or info;"
                    + " never reports without failing. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    /**
     * {@code base} with {@code --strict} and then each {@code --severity} applied.
     *
     * @throws UsageException naming the override that is not {@code rule=severity}
     */
    SeverityPolicy applyTo(SeverityPolicy base) {
        for (String override : severities) {
            try {
                base.with(override);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--severity " + override + ": " + e.getMessage());
            }
        }
        return base.configured(strict, severities);
    }

    static final class FailOnConverter extends ParsingConverter<FailOn> {
        @Override
        FailOn parse(String text) {
            return FailOn.fromId(text);
        }
    }
}
