package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The report writers (text, JSON, JUnit XML, SARIF) on any results: names, pointers, messages and
 * values with control characters, lone surrogates, {@code ]]>}, quotes and very long lines, any
 * rule, severity and position. Every report is written within the time bound and stays readable
 * in its format (see {@link ReportChecks}).
 */
class ReportFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void every_report_stays_readable_in_its_format(FuzzedDataProvider data) {
        List<InputResult> inputs = new ArrayList<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            String input = text(data, 80);
            long line = data.consumeBoolean() ? 0 : data.consumeLong(0, Long.MAX_VALUE);
            String schemaId = text(data, 30);
            List<Violation> violations = new ArrayList<>();
            int violationCount = data.consumeInt(0, 4);
            for (int v = 0; v < violationCount; v++) {
                List<RelatedLocation> related = new ArrayList<>();
                int relatedCount = data.consumeInt(0, 2);
                for (int r = 0; r < relatedCount; r++) {
                    related.add(new RelatedLocation(text(data, 40), data.consumeBoolean() ? null : text(data, 40), text(data, 40),
                            position(data), position(data)));
                }
                violations.add(new Violation(text(data, 60), data.pickValue(Rule.values()), data.pickValue(Severity.values()),
                        value(data), value(data), text(data, 120), position(data), position(data), related));
            }
            inputs.add(new InputResult(input, line, ValidationResult.of(schemaId, violations)));
        }
        ReportChecks.requireReadable("a report of " + count + " inputs", new ValidationReport(inputs));
    }

    /** Any string; now and then one repeated into a very long line. */
    private static String text(FuzzedDataProvider data, int maxLength) {
        String text = data.consumeString(maxLength);
        return data.consumeInt(0, 15) == 0 ? text.repeat(data.consumeInt(1, 4000)) : text;
    }

    private static int position(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeInt(0, 200) : data.consumeInt();
    }

    /** An expected or actual value as violations carry them: null, text, a number, a boolean or a list. */
    private static Object value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> null;
            case 1 -> data.consumeLong();
            case 2 -> data.consumeBoolean();
            case 3 -> List.of(text(data, 20), text(data, 20));
            case 4 -> data.consumeDouble();
            default -> text(data, 60);
        };
    }
}
