package dev.runspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage set shows every target of its schema, every status, and conforms. */
class CoverageSetTest {

    @Test
    void the_coverage_set_shows_every_value_null_and_absence_and_every_status() {
        RunValidator validator = RunValidator.create();
        for (String schemaId : RunGenerator.schemaIds()) {
            RunGenerator generator = RunGenerator.forSchema(schemaId);
            List<GeneratedRun> set = generator.coverageSet();
            System.out.printf("%s: coverage set of %d documents for %d targets and %d statuses%n", schemaId, set.size(),
                    generator.coverageTargets().size(), generator.statuses().size());
            assertThat(generator.coverageGaps()).as(schemaId).isEmpty();
            assertThat(set).extracting(GeneratedRun::status).as(schemaId).containsAll(generator.statuses());
            assertThat(set).as(schemaId).allSatisfy(run ->
                    assertThat(validator.validate(schemaId, run.json()).violations()).as(run.toString()).isEmpty());
            assertThat(generator.coverageSet()).as("the same set every time").isEqualTo(set);
        }
    }

    @Test
    void the_targets_name_enum_values_nulls_and_absences() {
        RunGenerator generator = RunGenerator.forSchema("runflow-v1");
        assertThat(generator.coverageTargets()).contains("/status_code = partial_succeeded", "/cost null",
                "/model absent", "/model present", "/node_runs/[]/cost null", "/failure_stage_code = reconciliation");
    }
}
