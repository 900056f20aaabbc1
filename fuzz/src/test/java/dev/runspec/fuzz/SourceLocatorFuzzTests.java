package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.Limits;
import dev.runspec.core.internal.JsonReading;
import dev.runspec.core.internal.SourceLocator;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The source locator (JSON Pointer to line:column) on any text: no exception, a bounded time, the
 * same positions twice, every position inside the text, and its two ways agree: placing every
 * value at once ({@code locateAll}) and placing one pointer ({@code locate}) give one place.
 */
class SourceLocatorFuzzTests {

    private static final JsonMapper LENIENT = JsonReading.lenientMapper(Limits.defaults());

    @FuzzTest(maxDuration = "10s")
    void every_value_is_placed_inside_the_text_and_in_one_place(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String call = "locateAll(" + text.length() + " characters)";
        Map<String, int[]> all = Bounded.call(call, () -> SourceLocator.locateAll(text, LENIENT));
        Map<String, int[]> again = Bounded.call(call, () -> SourceLocator.locateAll(text, LENIENT));
        Verdicts.requireSame(call + " twice: the pointers", all.keySet().stream().sorted().toList(), again.keySet().stream().sorted().toList());
        SourceBounds bounds = SourceBounds.of(text);
        int asked = 0;
        for (Map.Entry<String, int[]> placed : all.entrySet()) {
            String pointer = placed.getKey();
            int[] at = placed.getValue();
            bounds.requireInside(call, at[0], at[1], "the value at \"" + pointer + "\"");
            if (!Arrays.equals(at, again.get(pointer))) {
                throw new AssertionError(call + " twice: \"" + pointer + "\" placed at " + Arrays.toString(at)
                        + " and at " + Arrays.toString(again.get(pointer)));
            }
            if (asked++ < 50) {
                Map<String, int[]> one = Bounded.call("locate(\"" + pointer + "\")",
                        () -> SourceLocator.locate(text, Set.of(pointer), LENIENT, false));
                if (!Arrays.equals(at, one.get(pointer))) {
                    throw new AssertionError("\"" + pointer + "\" is placed at " + Arrays.toString(at) + " by locateAll but at "
                            + Arrays.toString(one.get(pointer)) + " by locate");
                }
            }
        }
    }
}
