package dev.runspec.simulator;

import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.NearMiss;
import dev.runspec.generator.RunGenerator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The drift faults of one API: a served body turned into one of the generator's near misses (a
 * renamed member, a spelling variant, an offset form, null for missing, progress as 0-100...), the
 * only bodies the simulator serves that do not conform on purpose.
 */
final class Drifts {

    private final String api;
    private final RunGenerator generator;
    private final Set<String> known;

    Drifts(String api) {
        this.api = api;
        this.generator = RunGenerator.forSchema(api);
        this.known = generator.runs(RunGenerator.ANY, 7).limit(generator.statuses().size() * 4L)
                .flatMap(run -> generator.nearMisses(run).stream()).map(NearMiss::drift)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @throws IllegalArgumentException one line naming the drifts there are, for an unknown one */
    void requireKnown(String drift) {
        if (!known.contains(drift)) {
            throw new IllegalArgumentException("unknown drift '" + drift + "' for " + api + "; known drifts: "
                    + String.join(", ", known));
        }
    }

    /** The body with {@code drift} applied, or the body unchanged when that drift does not apply to it. */
    String apply(String drift, String status, String body) {
        return generator.nearMisses(new GeneratedRun(api, status, 0, body)).stream()
                .filter(miss -> miss.drift().equals(drift)).map(NearMiss::json).findFirst().orElse(body);
    }
}
