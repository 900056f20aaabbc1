package dev.runspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated runs already keep every lifecycle rule of issue 13, so they pass once core checks them. */
class LifecycleAgreementTest {

    @Test
    void generated_runs_and_the_coverage_set_keep_every_lifecycle_rule() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String schemaId : RunGenerator.schemaIds()) {
            RunGenerator generator = RunGenerator.forSchema(schemaId);
            List<GeneratedRun> runs = new ArrayList<>(generator.runs(RunGenerator.ANY, 11).limit(4_000).toList());
            runs.addAll(generator.coverageSet());
            for (GeneratedRun run : runs) {
                checked++;
                LifecycleFacts.broken(generator, run).forEach(b -> broken.add(run + ": " + b));
            }
        }
        assertThat(checked).isGreaterThan(16_000);
        assertThat(broken).isEmpty();
    }

    @Test
    void the_lifecycle_near_misses_break_the_rule_they_name() {
        for (String schemaId : RunGenerator.schemaIds()) {
            RunGenerator generator = RunGenerator.forSchema(schemaId);
            generator.nearMisses(RunGenerator.ANY, 13).limit(600)
                    .filter(miss -> miss.drift().equals("terminal-without-end") || miss.drift().equals("ended-before-started"))
                    .forEach(miss -> assertThat(LifecycleFacts.broken(generator,
                            new GeneratedRun(schemaId, miss.base().status(), 0, miss.json())))
                            .as(miss.name()).hasSize(1));
        }
    }
}
