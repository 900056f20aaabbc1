package dev.runspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same seed and options give the same bytes, whatever the machine's locale and time zone. */
class DeterminismTest {

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
        for (String schemaId : RunGenerator.schemaIds()) {
            List<String> first = RunGenerator.forSchema(schemaId).runs(RunGenerator.ANY, 42).limit(50)
                    .map(GeneratedRun::json).toList();
            List<String> again = RunGenerator.forSchema(schemaId).runs(RunGenerator.ANY, 42).limit(50)
                    .map(GeneratedRun::json).toList();
            List<String> other = RunGenerator.forSchema(schemaId).runs(RunGenerator.ANY, 43).limit(50)
                    .map(GeneratedRun::json).toList();
            assertThat(again).as(schemaId).isEqualTo(first);
            assertThat(other).as(schemaId).doesNotContainAnyElementsOf(first);
        }
    }

    @Test
    void a_run_is_reproduced_from_its_own_status_and_seed() {
        RunGenerator generator = RunGenerator.forSchema("comfydeploy-v2");
        generator.runs("success", 7).limit(20).forEach(run ->
                assertThat(generator.run(run.status(), run.seed()).json()).isEqualTo(run.json()));
    }

    @Test
    void neither_the_default_locale_nor_the_default_time_zone_changes_a_byte() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        List<String> reference;
        List<String> elsewhere;
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            reference = sample();
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            elsewhere = sample();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(elsewhere).isEqualTo(reference);
    }

    /**
     * The bytes are pinned: a committed sample (written by {@code runspec generate}) must come out
     * again, so that a change of JDK, Jackson or generator that moves a byte is seen.
     */
    @Test
    void the_committed_sample_comes_out_byte_for_byte() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/runflow-v1-any-seed-1.ndjson")) {
            assertThat(in).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder actual = new StringBuilder();
        RunGenerator.forSchema("runflow-v1").runs(RunGenerator.ANY, 1).limit(8)
                .forEach(run -> actual.append(run.json()).append('\n'));
        assertThat(actual.toString()).isEqualTo(expected);
    }

    private static List<String> sample() {
        return RunGenerator.schemaIds().stream()
                .flatMap(id -> RunGenerator.forSchema(id).runs(RunGenerator.ANY, 5).limit(20).map(GeneratedRun::json))
                .toList();
    }
}
