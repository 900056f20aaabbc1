package dev.runspec.benchmarks;

import com.networknt.schema.Schema;
import dev.runspec.core.RunValidator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs per second through an NDJSON file of {@value #RUNS} recorded ComfyDeploy v2 runs (one in a
 * hundred drifted), read from disk each time: runspec's streaming {@code validateLines}, beside
 * Jackson reading the same file value by value and networknt checking each of those values.
 * Scores are per run ({@link OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(NdjsonThroughput.RUNS)
@State(Scope.Benchmark)
public class NdjsonThroughput {

    static final int RUNS = 10_000;
    static final int DRIFTED_EVERY = 100;
    static final String SCHEMA = "comfydeploy-v2";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private Path file;
    private RunValidator runspec;
    private Schema networknt;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = write(Files.createTempFile("runspec-benchmark-", ".ndjson"));
        runspec = RunValidator.create();
        networknt = RawNetworknt.compile(SCHEMA);
        long invalid = runspec();
        if (invalid != RUNS / DRIFTED_EVERY) {
            throw new IllegalStateException("expected " + RUNS / DRIFTED_EVERY + " drifted runs, runspec found " + invalid);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Writes the file: the conforming run with a fresh id per line, the drifted one every hundredth line. */
    static Path write(Path target) throws IOException {
        String conforming = Document.COMFYDEPLOY_V2_SUCCESS.body().text().strip();
        String drifted = Document.COMFYDEPLOY_V2_DRIFTED.body().text().strip();
        String id = "45c48cce-2e2d-4fbd-aa1a-03c0e0a8b7f6";
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= RUNS; i++) {
                String run = i % DRIFTED_EVERY == 0 ? drifted : conforming;
                out.write(run.replace(id, String.format(Locale.ROOT, "45c48cce-2e2d-4fbd-aa1a-%012x", i)));
                out.write('\n');
            }
        }
        return target;
    }

    /** Number of runs that do not conform. */
    @Benchmark
    public long runspec() {
        long[] invalid = {0};
        runspec.validateLines(SCHEMA, file, line -> {
            if (!line.result().isValid()) {
                invalid[0]++;
            }
        });
        return invalid[0];
    }

    /** Number of runs the engine finds errors in. */
    @Benchmark
    public long networknt() {
        long invalid = 0;
        try (MappingIterator<JsonNode> runs = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (runs.hasNext()) {
                if (!networknt.validate(runs.next()).isEmpty()) {
                    invalid++;
                }
            }
        }
        return invalid;
    }

    /** Number of runs read. */
    @Benchmark
    public long jacksonTree() {
        long read = 0;
        try (MappingIterator<JsonNode> runs = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (runs.hasNext()) {
                read += runs.next().size();
            }
        }
        return read;
    }
}
