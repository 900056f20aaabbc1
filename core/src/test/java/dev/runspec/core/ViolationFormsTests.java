package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.internal.ViolationJson;
import dev.runspec.core.internal.ViolationText;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One text form and one JSON form of a violation, for every report, log, failure message and cache. */
class ViolationFormsTests {

    static final Violation COST = new Violation("/cost", Rule.PATTERN, Severity.ERROR, "^-?\\d+(\\.\\d+)?$", "3e-05",
            "cost is \"3e-05\"; expected a decimal number written as a string", 29, 11);
    static final Violation REGION = new Violation("/region", Rule.UNKNOWN_PROPERTY, Severity.WARNING, null, "eu-west",
            "region is not a documented member", 0, 0);

    @Test
    void the_text_form_names_the_severity_of_what_is_not_an_error() {
        assertThat(COST.toString()).isEqualTo("29:11: /cost: cost is \"3e-05\"; expected a decimal number written as a string [pattern]");
        assertThat(REGION.toString()).isEqualTo("?: /region: region is not a documented member [unknown-property, warning]");
        assertThat(ViolationText.of("runs/a.ndjson", 3, REGION, false))
                .isEqualTo("runs/a.ndjson:3: /region: region is not a documented member [unknown-property, warning]");
        assertThat(ViolationText.of("runs/a.json", 0, COST, false)).isEqualTo("runs/a.json:29:11: " + COST.toString().substring(7));
    }

    static final Violation ENDED_EARLY = new Violation("/ended_at", Rule.CONSTRAINT, Severity.ERROR, null, null,
            "ended_at is before started_at", 12, 15,
            List.of(new RelatedLocation("started_at", null, "/started_at", 11, 17),
                    new RelatedLocation("the previous poll", "polls.ndjson:2", "/ended_at", 0, 0)));

    @Test
    void a_violation_that_compares_two_places_shows_both() {
        assertThat(ENDED_EARLY.toString()).isEqualTo("12:15: /ended_at: ended_at is before started_at "
                + "(started_at: 11:17) (the previous poll: polls.ndjson:2:? /ended_at) [constraint]");
        assertThat(ViolationJson.write(ENDED_EARLY).get("related").get(0).get("line").asInt()).isEqualTo(11);
        assertThat(ViolationJson.read(ViolationJson.write(ENDED_EARLY))).isEqualTo(ENDED_EARLY);
        assertThat(ViolationJson.write(COST).has("related")).isFalse();
        assertThat(COST.withRelated(ENDED_EARLY.related()).withPointer("/x").related()).hasSize(2);
    }

    @Test
    void the_json_form_reads_back_to_the_same_violation_decimals_included() {
        Violation numeric = new Violation("/progress", Rule.TYPE, Severity.INFO, List.of("number"), new BigDecimal("0.1000000000000000055511"),
                "m", 2, 3);
        for (Violation v : List.of(COST, REGION, numeric)) {
            assertThat(ViolationJson.read(ViolationJson.write(v))).isEqualTo(v);
        }
        assertThat(ViolationJson.write(COST).propertyNames())
                .containsExactly("pointer", "rule", "severity", "line", "column", "expected", "actual", "message");
    }
}
