package dev.runspec.cli;

import dev.runspec.generator.ExpectedViolation;
import dev.runspec.generator.GeneratedRun;
import dev.runspec.generator.NearMiss;
import dev.runspec.generator.RunGenerator;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code runspec generate}: realistic run bodies of a schema, as NDJSON on standard output or one
 * file each in a new folder; the coverage set; or near misses with the violations they must produce.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Generates realistic run bodies that conform to a schema and agree with their status,",
                "the coverage set of a schema, or near misses that each break one rule.",
                "The same options give the same bytes on every machine."})
final class GenerateCommand implements Callable<Integer> {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RunspecCommand root;

    @Option(names = {"-s", "--schema"}, paramLabel = "ID", required = true,
            description = "Schema to generate runs of: comfydeploy-v1-ts, comfydeploy-v1, comfydeploy-v2 or runflow-v1.")
    private String schema;

    @Option(names = "--status", paramLabel = "S", defaultValue = RunGenerator.ANY,
            description = "Status of every run, or any to rotate through every status. Default: ${DEFAULT-VALUE}.")
    private String status;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "10",
            description = "How many runs (with --near-miss: near misses). Default: ${DEFAULT-VALUE}.")
    private int count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed the runs are drawn from. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--coverage", description = "The coverage set instead: the few runs that show every enum value,"
            + " every nullable member null, every optional member absent and present, and every status.")
    private boolean coverage;

    @Option(names = "--near-miss", description = "Near misses instead: bodies that each break one rule, with the"
            + " violations they must produce.")
    private boolean nearMiss;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write one file per body into this folder,"
            + " which must not exist or be empty, instead of NDJSON on standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        RunGenerator generator;
        try {
            if (count < 1) {
                throw new UsageException("--count is " + count + "; it must be 1 or more");
            }
            if (coverage && nearMiss) {
                throw new UsageException("--coverage and --near-miss cannot be used together");
            }
            generator = RunGenerator.forSchema(schema);
            if (!RunGenerator.ANY.equals(status) && !generator.statuses().contains(status)) {
                throw new UsageException("unknown status '" + status + "' for " + schema + "; expected any or one of "
                        + String.join(", ", generator.statuses()));
            }
            if (output != null) {
                requireEmptyFolder(root.environment().workingDirectory().resolve(output));
            }
        } catch (UsageException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (nearMiss) {
            List<NearMiss> misses = generator.nearMisses(status, seed).limit(count).toList();
            if (output == null) {
                misses.forEach(miss -> println(MAPPER.writeValueAsString(describe(miss))));
            } else {
                writeNearMisses(root.environment().workingDirectory().resolve(output), misses);
            }
        } else {
            Stream<GeneratedRun> runs = coverage ? generator.coverageSet().stream()
                    : generator.runs(status, seed).limit(count);
            if (output == null) {
                runs.forEach(run -> println(run.json()));
            } else {
                writeRuns(root.environment().workingDirectory().resolve(output), runs.toList());
            }
        }
        spec.commandLine().getOut().flush();
        return ExitStatus.CONFORMS;
    }

    private void println(String line) {
        spec.commandLine().getOut().print(line + "\n");
    }

    private static void requireEmptyFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--output " + folder + " is a file; give a folder that does not exist or is empty");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new UsageException("--output " + folder + " is not empty; give a folder that does not exist or is"
                        + " empty, so that no file is overwritten");
            }
        } catch (IOException e) {
            throw new UsageException("--output " + folder + " cannot be read: " + e.getMessage());
        }
    }

    private void writeRuns(Path folder, List<GeneratedRun> runs) throws IOException {
        Files.createDirectories(folder);
        int width = String.valueOf(runs.size()).length();
        for (int i = 0; i < runs.size(); i++) {
            GeneratedRun run = runs.get(i);
            String name = String.format(java.util.Locale.ROOT, "%0" + width + "d-%s-%s.json", i + 1, run.schemaId(),
                    run.status());
            write(folder.resolve(name), pretty(run.json()));
        }
        note(runs.size() + " runs written to " + folder);
    }

    private void writeNearMisses(Path folder, List<NearMiss> misses) throws IOException {
        Files.createDirectories(folder);
        int width = String.valueOf(misses.size()).length();
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < misses.size(); i++) {
            NearMiss miss = misses.get(i);
            String name = String.format(java.util.Locale.ROOT, "%0" + width + "d-%s-%s.json", i + 1, miss.schemaId(),
                    miss.drift());
            boolean json = !miss.drift().equals("html-error-page");
            write(folder.resolve(name), json ? pretty(miss.json()) : miss.json());
            ObjectNode line = describe(miss);
            line.remove("body");
            line.put("file", name);
            index.append(MAPPER.writeValueAsString(line)).append('\n');
        }
        write(folder.resolve("expected.ndjson"), index.toString());
        note(misses.size() + " near misses written to " + folder + ", their expected violations in expected.ndjson");
    }

    private static ObjectNode describe(NearMiss miss) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("schema", miss.schemaId());
        line.put("drift", miss.drift());
        line.put("description", miss.description());
        line.put("status", miss.base().status());
        line.put("seed", miss.base().seed());
        ArrayNode expected = line.putArray("expected");
        for (ExpectedViolation violation : miss.expected()) {
            expected.addObject().put("rule", violation.rule()).put("pointer", violation.pointer());
        }
        line.put("body", miss.json());
        return line;
    }

    private static String pretty(String json) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json)) + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void note(String text) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("runspec: " + text);
        err.flush();
    }
}
