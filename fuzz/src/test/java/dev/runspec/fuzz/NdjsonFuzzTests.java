package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.LineResult;
import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NDJSON line reader on any bytes, fed in chunks of any size: no exception, a bounded time,
 * and one result per non-blank line, in order, each the verdict that validating that line alone
 * gives, moved to its line number; every column inside its line. A validator with a small size
 * limit drives lines past it.
 */
class NdjsonFuzzTests {

    private static final RunValidator DEFAULTS = RunValidator.create();
    private static final RunValidator SMALL_LIMIT = RunValidator.builder()
            .limits(Limits.defaults().withMaxDocumentBytes(300))
            .build();
    static {
        Warmup.validator(DEFAULTS);
        Warmup.validator(SMALL_LIMIT);
    }

    private static final List<String> SCHEMA_IDS = ValidatorFuzzTests.schemaIds();

    @FuzzTest(maxDuration = "10s")
    void each_line_gets_the_verdict_it_gets_alone(FuzzedDataProvider data) {
        int chunk = data.consumeInt(1, 1 << 17);
        String id = data.pickValue(SCHEMA_IDS);
        boolean small = data.consumeBoolean();
        byte[] input = data.consumeRemainingAsBytes();
        RunValidator validator = small ? SMALL_LIMIT : DEFAULTS;
        String call = "validateLines(\"" + id + "\", " + input.length + " bytes in chunks of " + chunk + ")"
                + (small ? " under a small limit" : "");

        List<LineResult> results = Bounded.call(call, () -> {
            List<LineResult> all = new ArrayList<>();
            validator.validateLines(id, new Trickle(new ByteArrayInputStream(input), chunk), all::add);
            return all;
        });

        List<byte[]> lines = lines(input);
        List<Long> expectedNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!blank(lines.get(i))) {
                expectedNumbers.add((long) i + 1);
            }
        }
        List<Long> numbers = results.stream().map(LineResult::lineNumber).toList();
        Verdicts.requireSame(call + ": the line numbers of the results and of the non-blank lines", numbers, expectedNumbers);
        for (LineResult result : results) {
            int number = (int) result.lineNumber();
            byte[] line = lines.get(number - 1);
            ValidationResult alone = Bounded.call("validate(\"" + id + "\", line " + number + ")", () -> validator.validate(id, line));
            List<Violation> moved = alone.violations().stream()
                    .map(v -> v.withPosition(number, columnInLine(line, v.line(), v.column())))
                    .toList();
            // re-sorted as the core sorts a verdict: by position, then pointer and rule
            Verdicts.requireSame(call + ": line " + number + " in the stream and alone: the verdicts",
                    Verdicts.of(result.result()), Verdicts.of(ValidationResult.of(alone.schemaId(), moved)));
            SourceBounds.of(line).requireInside(call + ", line " + number, alone.violations());
        }
    }

    /**
     * Where a line:column of a line validated alone lies on that line of the log: the JSON parser
     * also ends a line at a lone {@code \r}, NDJSON only at {@code \n}, so a column after a lone
     * {@code \r} counts on from the start of the line. Unplaced (column 0) is the line's start.
     */
    static int columnInLine(byte[] line, int parserLine, int column) {
        if (column == 0) {
            return 1;
        }
        if (parserLine <= 1) {
            return column;
        }
        String text = SourceBounds.utf8(line).orElse(null);
        int seen = 1;
        int before = 0;
        for (int i = 0; i < (text == null ? line.length : text.length()) && seen < parserLine; i++) {
            int c = text == null ? line[i] & 0xFF : text.charAt(i);
            // not UTF-8: counted as the core counts such bytes, one column per byte that starts a character
            before += text != null || (c & 0xC0) != 0x80 ? (text == null && c >= 0xF0 ? 2 : 1) : 0;
            if (c == '\r') {
                seen++;
            }
        }
        return before + column;
    }

    /** The lines as NDJSON splits them: at each {@code \n}, without a final {@code \r}. */
    static List<byte[]> lines(byte[] input) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(input, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A stream that hands out at most {@code chunk} bytes per read, as a pipe or socket may. */
    static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
