package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CostDecimalMatcherTests {

    private static final char[] ALPHABET = {'0', '1', '9', '+', '-', '.', 'x'};

    @Test
    void agrees_with_the_published_pattern_on_every_string_up_to_length_seven() {
        Pattern published = Pattern.compile(CostDecimalMatcher.PATTERN);
        List<String> disagreements = new ArrayList<>();
        long checked = 0;
        char[] buffer = new char[7];
        for (int length = 0; length <= 7; length++) {
            int[] digits = new int[length];
            long combinations = (long) Math.pow(ALPHABET.length, length);
            for (long n = 0; n < combinations; n++) {
                long rest = n;
                for (int i = 0; i < length; i++) {
                    buffer[i] = ALPHABET[(int) (rest % ALPHABET.length)];
                    rest /= ALPHABET.length;
                }
                String candidate = new String(buffer, 0, length);
                boolean expected = published.matcher(candidate).find();
                if (expected != CostDecimalMatcher.matches(candidate) && disagreements.size() < 10) {
                    disagreements.add(candidate);
                }
                checked++;
            }
            assertThat(digits).hasSize(length);
        }
        assertThat(checked).isEqualTo(960_800L);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void accepts_decimals_and_refuses_what_is_not_one() {
        assertThat(List.of("0", "0.0125", "-1", "+2.", ".5", "12.50", "000"))
                .allMatch(CostDecimalMatcher::matches);
        assertThat(List.of("", "+", "-", ".", "+.", "1.2.3", "<string>", "1e5", "0x1", " 1", "1\n", "١"))
                .noneMatch(CostDecimalMatcher::matches);
    }

    @Test
    @Timeout(10) // a guard against the catastrophic backtracking this matcher replaces, not a speed target
    void judges_a_one_megabyte_cost_string_through_the_validator() {
        String zeros = "0".repeat(1024 * 1024);
        String document = "{\"id\":\"0193c9a4-5b7e-7c11-9f3a-2d4e6f8a0b1c\",\"status\":\"queued\","
                + "\"created_at\":\"2025-03-27T10:15:30Z\",\"cost\":\"" + zeros + "x\"}";

        ValidationResult result = Probe.validator().validate(Probe.ID, document);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.PATTERN);
            assertThat(v.pointer()).isEqualTo("/cost");
            assertThat(v.message()).hasSizeLessThan(200).contains("(1048577 characters)");
        });
        assertThat(Probe.validator().validate(Probe.ID, document.replace("x\"}", "\"}")).violations()).isEmpty();
    }
}
