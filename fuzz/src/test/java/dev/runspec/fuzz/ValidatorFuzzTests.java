package dev.runspec.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaInfo;
import dev.runspec.core.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The core validator on any bytes, against every schema id of the catalogue and {@code auto}:
 * no exception, a bounded time, the same verdict twice and from every input form (bytes, stream,
 * file; and String and Reader when the bytes are UTF-8), every line:column inside the input. A
 * second validator with small limits drives the inputs into every limit verdict.
 */
class ValidatorFuzzTests {

    private static final RunValidator DEFAULTS = RunValidator.create();
    private static final RunValidator SMALL_LIMITS = RunValidator.builder()
            .limits(Limits.defaults().withMaxDocumentBytes(2048).withMaxNestingDepth(6).withMaxStringLength(64).withMaxNumberLength(12))
            .build();
    static {
        Warmup.validator(DEFAULTS);
        Warmup.validator(SMALL_LIMITS);
    }

    private static final List<String> SCHEMA_IDS = Stream.concat(
            DEFAULTS.catalogue().schemas().stream().map(SchemaInfo::id), Stream.of(RunValidator.AUTO)).toList();
    private static final Path FILE = temporaryFile();
    private static final Pattern STATED_SIZE = Pattern.compile("the document is (\\d+) bytes");

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"status_code\"", "\"status\"", "\"node_runs\"", "\"outputs\"", "\"cost\"", "\"created_at\"",
            "\"run_id\"", "\"id\"", "\"2025-01-01T00:00:00Z\"", "\"0196f1d2-7c3a-7b55-9a41-3f0c2d1e8a77\"", "null", "\\u0000", "\\ud800"})
    void every_schema_gives_one_verdict_from_every_input_form(byte[] input) throws IOException {
        Files.write(FILE, input);
        Optional<String> text = SourceBounds.utf8(input);
        SourceBounds bounds = SourceBounds.of(input);
        for (RunValidator validator : List.of(DEFAULTS, SMALL_LIMITS)) {
            for (String id : SCHEMA_IDS) {
                String call = "validate(\"" + id + "\", " + input.length + " bytes)"
                        + (validator == SMALL_LIMITS ? " under small limits" : "");
                ValidationResult fromBytes = Bounded.call(call, () -> validator.validate(id, input));
                ValidationResult again = Bounded.call(call, () -> validator.validate(id, input));
                Verdicts.requireSame(call + " twice: the violations", fromBytes.violations(), again.violations());
                ValidationResult fromStream = Bounded.call(call + " as a stream",
                        () -> validator.validate(id, new ByteArrayInputStream(input)));
                Verdicts.requireSame(call + " as bytes and as a stream: the verdicts", Verdicts.of(fromBytes), Verdicts.of(fromStream));
                ValidationResult fromFile = Bounded.call(call + " as a file", () -> validator.validate(id, FILE));
                Verdicts.requireSame(call + " as bytes and as a file: the verdicts", Verdicts.of(fromBytes), Verdicts.of(fromFile));
                bounds.requireInside(call, fromBytes.violations());
                for (ValidationResult result : List.of(fromBytes, fromStream, fromFile)) {
                    requireTrueSize(call, result, input.length);
                }
                if (text.isPresent()) {
                    String json = text.get();
                    ValidationResult fromString = Bounded.call(call + " as a String", () -> validator.validate(id, json));
                    Verdicts.requireSame(call + " as bytes and as a String: the verdicts", Verdicts.of(fromBytes), Verdicts.of(fromString));
                    ValidationResult fromReader = Bounded.call(call + " as a Reader",
                            () -> validator.validate(id, new StringReader(json)));
                    Verdicts.requireSame(call + " as a String and as a Reader: the verdicts", Verdicts.of(fromString),
                            Verdicts.of(fromReader));
                    requireTrueSize(call + " as a String", fromString, input.length);
                    requireTrueSize(call + " as a Reader", fromReader, input.length);
                }
            }
        }
    }

    /** A message that states the document's size states its true size in bytes. */
    private static void requireTrueSize(String call, ValidationResult result, int size) {
        for (var v : result.violations()) {
            Matcher stated = STATED_SIZE.matcher(v.message());
            if (stated.find() && Long.parseLong(stated.group(1)) != size) {
                throw new AssertionError(call + ": the message says " + stated.group() + "; it is " + size + " bytes: " + v);
            }
        }
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

    static List<String> schemaIds() {
        return new ArrayList<>(SCHEMA_IDS);
    }
}
