package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lifecycle rules (on by default in {@link RunValidator}) on bodies built to reach them: a
 * conforming document of every run and webhook schema with its timestamps, status, durations and
 * other members the lifecycle table names changed by the fuzzer ({@link LifecycleBodies}). Checked
 * against its own schema id and {@code auto}: no exception, a bounded time, the same verdict twice
 * and from every input form (String, bytes, stream, Reader, file), every line:column (and every
 * related member's) inside the body, the verdict without the lifecycle rules is the same verdict
 * less its {@code lifecycle-*} violations, and the result stays readable in every report format.
 */
class LifecycleFuzzTests {

    private static final RunValidator VALIDATOR = RunValidator.create();
    private static final RunValidator SCHEMA_ONLY = VALIDATOR.schemaOnly();
    static {
        Warmup.validator(VALIDATOR);
        Warmup.validator(SCHEMA_ONLY);
    }

    private static final List<LifecycleBodies.Base> BASES = LifecycleBodies.bases(VALIDATOR);
    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "10s")
    void every_lifecycle_rule_gives_one_verdict_from_every_input_form(FuzzedDataProvider data) throws IOException {
        LifecycleBodies.Base base = data.pickValue(BASES);
        String id = data.consumeBoolean() ? base.schemaId() : RunValidator.AUTO;
        String body = LifecycleBodies.body(base, data);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Files.write(FILE, bytes);
        String call = "validate(\"" + id + "\", a changed " + base + " of " + bytes.length + " bytes)";

        ValidationResult fromString = Bounded.call(call, () -> VALIDATOR.validate(id, body));
        ValidationResult again = Bounded.call(call, () -> VALIDATOR.validate(id, body));
        Verdicts.requireSame(call + " twice: the violations", fromString.violations(), again.violations());
        List<String> verdict = Verdicts.of(fromString);
        Verdicts.requireSame(call + " as a String and as bytes: the verdicts", verdict,
                Verdicts.of(Bounded.call(call + " as bytes", () -> VALIDATOR.validate(id, bytes))));
        Verdicts.requireSame(call + " as a String and as a stream: the verdicts", verdict,
                Verdicts.of(Bounded.call(call + " as a stream", () -> VALIDATOR.validate(id, new ByteArrayInputStream(bytes)))));
        Verdicts.requireSame(call + " as a String and as a Reader: the verdicts", verdict,
                Verdicts.of(Bounded.call(call + " as a Reader", () -> VALIDATOR.validate(id, new StringReader(body)))));
        Verdicts.requireSame(call + " as a String and as a file: the verdicts", verdict,
                Verdicts.of(Bounded.call(call + " as a file", () -> VALIDATOR.validate(id, FILE))));
        SourceBounds.of(body).requireInside(call, fromString.violations());

        ValidationResult schemaOnly = Bounded.call(call + " without the lifecycle rules", () -> SCHEMA_ONLY.validate(id, body));
        List<Violation> withoutLifecycle = fromString.violations().stream()
                .filter(v -> !v.rule().id().startsWith("lifecycle-"))
                .toList();
        Verdicts.requireSame(call + " less its lifecycle violations, and without the lifecycle rules: the verdicts",
                Verdicts.of(withoutLifecycle), Verdicts.of(schemaOnly));

        ReportChecks.requireReadable(call, new ValidationReport(List.of(InputResult.of(base.name(), fromString))));
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
