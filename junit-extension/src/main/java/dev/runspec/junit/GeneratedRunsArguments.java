package dev.runspec.junit;

import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.NearMiss;
import dev.runspec.generator.RunGenerator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The arguments of a {@link GeneratedRuns} test: the runs (or near misses), each named after its
 * status and seed with {@code Arguments.argumentSet} (JUnit 5.11). Reached only through
 * {@link GeneratedRunsArgumentsProvider} once the JUnit is known to be new enough.
 */
final class GeneratedRunsArguments {

    private GeneratedRunsArguments() {
    }

    static Stream<? extends Arguments> of(Optional<Class<?>> firstParameterType, String element, GeneratedRuns source) {
        RunGenerator generator;
        Class<?> type;
        try {
            type = firstParameterType.orElseThrow(() -> new IllegalArgumentException(
                    "declare a parameter to take each run: a String, a GeneratedRun or (with nearMisses) a NearMiss"));
            Class<?> expected = source.nearMisses() ? NearMiss.class : GeneratedRun.class;
            if (type != String.class && type != expected) {
                throw new IllegalArgumentException("the first parameter is a " + type.getSimpleName()
                        + "; it takes each " + (source.nearMisses() ? "near miss" : "run") + " as a String or a "
                        + expected.getSimpleName());
            }
            if (source.count() < 1) {
                throw new IllegalArgumentException("count is " + source.count() + "; it must be 1 or more");
            }
            generator = RunGenerator.forSchema(source.schema());
            if (!RunGenerator.ANY.equals(source.status()) && !generator.statuses().contains(source.status())) {
                throw new IllegalArgumentException("unknown status '" + source.status() + "' for " + source.schema()
                        + "; expected any or one of " + String.join(", ", generator.statuses()));
            }
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: @GeneratedRuns on [" + element + "]: "
                    + e.getMessage());
        }
        if (source.nearMisses()) {
            return generator.nearMisses(source.status(), source.seed()).limit(source.count())
                    .map(miss -> Arguments.argumentSet(miss.name(), type == String.class ? miss.json() : miss));
        }
        Stream<GeneratedRun> runs = source.coverage() ? generator.coverageSet().stream()
                : generator.runs(source.status(), source.seed()).limit(source.count());
        return runs.map(run -> Arguments.argumentSet(run.name(), type == String.class ? run.json() : run));
    }
}
