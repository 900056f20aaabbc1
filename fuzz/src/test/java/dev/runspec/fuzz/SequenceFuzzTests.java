package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runspec.core.LineResult;
import dev.runspec.core.RelatedLocation;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SequenceChecker;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core {@link SequenceChecker} on poll logs: either the fuzzed bytes as an NDJSON log (seeded
 * with the example poll logs), or a log built from a few runs' conforming documents with their
 * status, timestamps and other members changed ({@link LifecycleBodies}), several runs interleaved.
 * Checked against {@code auto} and every schema with sequence rules, with the default memory and
 * with a small one (runs forgotten and finished runs dropped early): no exception, a bounded time,
 * the same verdicts twice and from every input form (a stream fed in chunks of any size, a file,
 * each line's bytes, each line's text, and the whole sequence in memory), every line:column and
 * every related earlier poll inside the log (its lines end at {@code \n}), and the results readable
 * in every report format.
 */
class SequenceFuzzTests {

    private static final String INPUT = "polls.ndjson";
    private static final RunValidator VALIDATOR = RunValidator.create();
    static {
        Warmup.validator(VALIDATOR);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Schema id to its sequence table's run id member, for every schema with sequence rules. */
    private static final Map<String, String> RUN_IDS = runIds();
    private static final List<String> SCHEMA_IDS = schemaIds();
    private static final Map<String, List<LifecycleBodies.Base>> BASES = basesBySchema();
    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"\"status\"", "\"status_code\"", "\"queued\"", "\"running\"", "\"success\"", "\"failed\"",
            "\"succeeded\"", "\"cancelled\"", "\"canceled\"", "\"not-started\"", "\"uploading\"", "\"timeout\"", "\"progress\"",
            "\"outputs\"", "\"output\"", "\"run_id\"", "\"id\"", "\"ended_at\"", "\"completed_at\"", "\"started_at\"", "null", "\"\\x0a\"", "\"\\x0d\""})
    void every_poll_log_gets_one_verdict_per_response_from_every_input_form(FuzzedDataProvider data) throws IOException {
        String id = data.pickValue(SCHEMA_IDS);
        boolean smallMemory = data.consumeBoolean();
        long idleGap = smallMemory ? data.consumeLong(1, 4) : SequenceChecker.DEFAULT_IDLE_GAP;
        int finishedRuns = smallMemory ? data.consumeInt(0, 2) : SequenceChecker.DEFAULT_FINISHED_RUNS;
        int chunk = data.consumeInt(1, 1 << 16);
        boolean built = data.consumeBoolean();
        byte[] log = built ? builtLog(id, data) : data.consumeRemainingAsBytes();
        Files.write(FILE, log);
        Supplier<SequenceChecker> checkers = () -> SequenceChecker.builder(VALIDATOR, id)
                .idleGap(idleGap).finishedRuns(finishedRuns).build();
        String call = "SequenceChecker(\"" + id + "\"" + (smallMemory ? ", idle gap " + idleGap + ", " + finishedRuns + " finished runs" : "")
                + ") on a " + (built ? "built " : "") + log.length + "-byte poll log";

        List<LineResult> fromStream = Bounded.call(call + " in chunks of " + chunk, () -> {
            List<LineResult> all = new ArrayList<>();
            checkers.get().acceptLines(INPUT, new NdjsonFuzzTests.Trickle(new ByteArrayInputStream(log), chunk), all::add);
            return all;
        });
        List<String> verdicts = verdicts(fromStream);
        List<LineResult> again = Bounded.call(call + " again", () -> {
            List<LineResult> all = new ArrayList<>();
            checkers.get().acceptLines(INPUT, new ByteArrayInputStream(log), all::add);
            return all;
        });
        Verdicts.requireSame(call + " twice: the verdicts", verdicts, verdicts(again));
        Verdicts.requireSame(call + " as a stream and as a file: the verdicts", verdicts, verdicts(Bounded.call(call + " as a file", () -> {
            List<LineResult> all = new ArrayList<>();
            checkers.get().acceptLines(INPUT, FILE, all::add);
            return all;
        })));

        List<byte[]> lines = NdjsonFuzzTests.lines(log);
        Verdicts.requireSame(call + " as a stream and line by line as bytes: the verdicts", verdicts, verdicts(Bounded.call(call + " line by line", () -> {
            SequenceChecker checker = checkers.get();
            List<LineResult> all = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!NdjsonFuzzTests.blank(lines.get(i))) {
                    all.add(new LineResult(i + 1, checker.accept(INPUT, i + 1, lines.get(i))));
                }
            }
            return all;
        })));
        Optional<String> text = SourceBounds.utf8(log);
        if (text.isPresent()) {
            List<String> texts = lines.stream().map(l -> new String(l, StandardCharsets.UTF_8)).toList();
            Verdicts.requireSame(call + " as a stream and line by line as text: the verdicts", verdicts, verdicts(Bounded.call(call + " as text", () -> {
                SequenceChecker checker = checkers.get();
                List<LineResult> all = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (!NdjsonFuzzTests.blank(lines.get(i))) {
                        all.add(new LineResult(i + 1, checker.accept(INPUT, i + 1, texts.get(i))));
                    }
                }
                return all;
            })));
            // the sequence in memory holds no blank responses; the empty line after a final newline is none
            List<String> responses = texts.size() > 1 && lines.get(lines.size() - 1).length == 0 ? texts.subList(0, texts.size() - 1) : texts;
            if (lines.subList(0, responses.size()).stream().noneMatch(NdjsonFuzzTests::blank)) {
                List<ValidationResult> inMemory = Bounded.call(call + " in memory", () -> checkers.get().checkAll(INPUT, responses.iterator()));
                List<LineResult> numbered = new ArrayList<>();
                for (int i = 0; i < inMemory.size(); i++) {
                    numbered.add(new LineResult(i + 1, inMemory.get(i)));
                }
                Verdicts.requireSame(call + " as a stream and in memory: the verdicts", verdicts, verdicts(numbered));
            }
        }

        SourceBounds bounds = SourceBounds.ofLines(log);
        List<InputResult> results = new ArrayList<>();
        for (LineResult line : fromStream) {
            String where = call + ", line " + line.lineNumber();
            bounds.requireInside(where, line.result().violations());
            for (Violation v : line.result().violations()) {
                for (RelatedLocation r : v.related()) {
                    if (INPUT.equals(r.input())) {
                        bounds.requireInside(where, r.line(), r.column(), v + " (related " + r + ")");
                    }
                }
            }
            results.add(new InputResult(INPUT, line.lineNumber(), line.result()));
        }
        ReportChecks.requireReadable(call, new ValidationReport(results));
    }

    /**
     * One to twelve polls of one to three runs of a schema, each poll a conforming document of the
     * schema with members changed and its run id set to its run's.
     */
    private static byte[] builtLog(String id, FuzzedDataProvider data) {
        String schemaId = RUN_IDS.containsKey(id) ? id : data.pickValue(new ArrayList<>(RUN_IDS.keySet()));
        List<LifecycleBodies.Base> bases = BASES.get(schemaId);
        String runId = RUN_IDS.get(schemaId);
        List<String> runIds = List.of("\"0196f1d2-7c3a-7b55-9a41-3f0c2d1e8a77\"", "\"0196f1d2-7c3a-7b55-9a41-3f0c2d1e8a78\"", "17");
        int runs = data.consumeInt(1, 3);
        int polls = data.consumeInt(1, 12);
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < polls; i++) {
            if (data.consumeInt(0, 7) == 0) {
                log.append(data.pickValue(List.of("", " ", "\r")));
            } else {
                log.append(LifecycleBodies.line(data.pickValue(bases), data, runId, runIds.get(data.consumeInt(0, runs - 1))));
            }
            log.append(data.consumeInt(0, 5) == 0 ? "\r\n" : "\n");
        }
        return log.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> runIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (var schema : VALIDATOR.catalogue().schemas()) {
            String resource = "dev/runspec/schemas/" + schema.id() + ".sequence.json";
            try (InputStream in = SequenceFuzzTests.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    ids.put(schema.id(), MAPPER.readTree(in).path("runId").asString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    /** {@code auto} first (what a seed's zero bytes pick), then every schema with sequence rules. */
    private static List<String> schemaIds() {
        List<String> ids = new ArrayList<>();
        ids.add(RunValidator.AUTO);
        ids.addAll(RUN_IDS.keySet());
        return List.copyOf(ids);
    }

    private static Map<String, List<LifecycleBodies.Base>> basesBySchema() {
        Map<String, List<LifecycleBodies.Base>> bySchema = new LinkedHashMap<>();
        for (LifecycleBodies.Base base : LifecycleBodies.bases(VALIDATOR)) {
            if (RUN_IDS.containsKey(base.schemaId())) {
                bySchema.computeIfAbsent(base.schemaId(), k -> new ArrayList<>()).add(base);
            }
        }
        if (!bySchema.keySet().equals(RUN_IDS.keySet())) {
            throw new IllegalStateException("conforming documents for " + bySchema.keySet() + ", sequence rules for " + RUN_IDS.keySet());
        }
        return bySchema;
    }

    /** Per response: its line, and per violation its verdict and the earlier polls it names. */
    private static List<String> verdicts(List<LineResult> results) {
        List<String> all = new ArrayList<>();
        for (LineResult result : results) {
            List<String> related = result.result().violations().stream().map(v -> v.related().toString()).toList();
            all.add(result.lineNumber() + ": " + result.result().schemaId() + " " + Verdicts.of(result.result()) + " " + related);
        }
        return all;
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("runspec-fuzz-", ".ndjson");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
