package dev.runspec.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.pact.PactChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pact-file reader and checker on any bytes (seeded with V2, V3 and V4 pacts, their matchers
 * and generators): no exception, a bounded time, the same results twice, every line:column inside
 * the pact file, and the results written in every report format stay readable.
 */
class PactFuzzTests {

    private static final PactChecker CHECKER = PactChecker.create();
    private static final Path FILE = temporaryFile();

    static {
        // Loading Pact and compiling each schema takes seconds once; that is not a call's time.
        Warmup.pactChecker(CHECKER, "PactFuzzTestsInputs/every_pact_file_gets_a_verdict");
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"interactions\"", "\"messages\"", "\"metadata\"", "\"pactSpecification\"", "\"version\"", "\"4.0\"",
            "\"3.0.0\"", "\"2.0.0\"", "\"matchingRules\"", "\"generators\"", "\"body\"", "\"$.body", "\"$.status_code\"",
            "\"match\"", "\"regex\"", "\"type\"", "\"min\"", "\"max\"", "\"combine\"", "\"matchers\"", "\"content\"",
            "\"contentType\"", "\"encoded\"", "\"base64\"", "\"Synchronous/HTTP\"", "\"Asynchronous/Messages\"",
            "\"response\"", "\"request\"", "\"status\"", "\"path\"", "\"method\"", "\"GET\"", "\"/v1/runs/", "\"headers\"",
            "\"Content-Type\"", "\"application/json\"", "\"providerStates\"", "\"arrayContains\"", "\"variants\"",
            "\"datetime\"", "\"format\"", "\"Uuid\"", "\"ProviderState\"", "\"expression\""})
    void every_pact_file_gets_a_verdict(byte[] input) throws IOException {
        Files.write(FILE, input);
        String call = "check(a " + input.length + "-byte pact file)";
        List<InputResult> results = Bounded.call(call, () -> CHECKER.check(FILE, "fuzz.json"));
        List<InputResult> again = Bounded.call(call, () -> CHECKER.check(FILE, "fuzz.json"));
        Verdicts.requireSame(call + " twice: the results", summary(results), summary(again));
        SourceBounds bounds = SourceBounds.of(input);
        for (InputResult result : results) {
            bounds.requireInside(call + ", " + result.displayName(), result.result().violations());
        }
        ReportChecks.requireReadable(call, new ValidationReport(results));
    }

    private static List<String> summary(List<InputResult> results) {
        return results.stream().map(r -> r.displayName() + " " + r.result().schemaId() + " " + r.result().violations()).toList();
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("runspec-fuzz-", ".json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
