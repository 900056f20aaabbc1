package dev.runspec.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunTimestampsTests {

    @Test
    void reads_rfc_3339_with_any_offset_fraction_or_separator_as_the_same_instant() {
        Instant expected = Instant.parse("2025-04-02T16:05:44.502113Z");

        assertThat(RunTimestamps.parse("2025-04-02T16:05:44.502113Z")).isEqualTo(expected);
        assertThat(RunTimestamps.parse("2025-04-02T18:05:44.502113+02:00")).isEqualTo(expected);
        assertThat(RunTimestamps.parse("2025-04-02t16:05:44.502113z")).isEqualTo(expected);
        assertThat(RunTimestamps.parse("2025-04-02 16:05:44.502113+0000")).isEqualTo(expected);
        assertThat(RunTimestamps.parse("2025-04-02T16:05:44.502113")).as("no offset reads as UTC").isEqualTo(expected);
    }

    @Test
    void anything_else_does_not_parse() {
        assertThat(RunTimestamps.parse("<value>")).isNull();
        assertThat(RunTimestamps.parse("2025-02-30T10:00:00Z")).isNull();
        assertThat(RunTimestamps.parse("2025-04-02T16:05:44.Z")).isNull();
        assertThat(RunTimestamps.parse("2025-04-02T16:05:44 UTC")).isNull();
        assertThat(RunTimestamps.parse("2025-04-02T25:05:44Z")).isNull();
        assertThat(RunTimestamps.parse("1743609944")).isNull();
    }

    @Test
    void a_pair_on_the_same_day_and_offset_shows_only_the_times() {
        assertThat(RunTimestamps.shortPair("2025-04-02T10:00:03Z", "2025-04-02T10:00:05Z")).containsExactly("10:00:03", "10:00:05");
        assertThat(RunTimestamps.shortPair("2025-04-02T10:00:03Z", "2025-04-03T10:00:05Z"))
                .containsExactly("2025-04-02T10:00:03Z", "2025-04-03T10:00:05Z");
        assertThat(RunTimestamps.seconds(12_000)).isEqualTo("0.000012 s");
        assertThat(RunTimestamps.seconds(2_000_000_000L)).isEqualTo("2 s");
    }
}
