package dev.runspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proof of the issue: 100,000 generated runs, every schema id and status, all conform. */
class GeneratedRunsConformTest {

    private static final int DOCUMENTS = 100_000;

    @Test
    void a_hundred_thousand_generated_runs_of_every_schema_and_status_have_no_violation() {
        RunValidator validator = RunValidator.create();
        List<String> schemaIds = RunGenerator.schemaIds();
        int perSchema = DOCUMENTS / schemaIds.size();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        // One schema id per worker: the validator is thread-safe and CI machines have more than one core.
        long checked = schemaIds.parallelStream().mapToLong(schemaId -> {
            RunGenerator generator = RunGenerator.forSchema(schemaId);
            return generator.runs(RunGenerator.ANY, 16).limit(perSchema).filter(run -> {
                ValidationResult result = validator.validate(schemaId, run.json());
                if (!result.violations().isEmpty() && failures.size() < 10) {
                    failures.add(run + ": " + result.violations());
                }
                return true;
            }).count();
        }).sum();
        System.out.printf("checked %d generated runs in %.1f s wall, %.1f s CPU%n", checked,
                (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuBefore) / 1e9);
        assertThat(checked).isEqualTo(DOCUMENTS);
        assertThat(failures).isEmpty();
    }

    /** CPU time of the whole test JVM (JIT and GC included), which a loaded machine does not inflate as it does wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void every_status_of_every_schema_is_generated_and_says_so() {
        for (String schemaId : RunGenerator.schemaIds()) {
            RunGenerator generator = RunGenerator.forSchema(schemaId);
            List<String> statuses = generator.runs(RunGenerator.ANY, 3).limit(generator.statuses().size())
                    .map(GeneratedRun::status).toList();
            assertThat(statuses).as(schemaId).containsExactlyElementsOf(generator.statuses());
            for (String status : generator.statuses()) {
                GeneratedRun run = generator.run(status, 5);
                String member = schemaId.startsWith("runflow") ? "\"status_code\":\"" : "\"status\":\"";
                assertThat(run.json()).as(run.toString()).contains(member + status + "\"");
            }
        }
    }
}
