package dev.runspec.cli;

import dev.runspec.core.Limits;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.report.InputResult;
import dev.runspec.core.wiremock.StubMappingChecker;
import dev.runspec.core.wiremock.StubMappingFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code runspec validate --wiremock DIR}: the stub mapping files of WireMock roots, found as the
 * command finds pact files (a folder is searched recursively for {@code *.json}; naming a root is
 * naming its {@code mappings} folder), each stub that fetches a run checked by core's
 * {@link StubMappingChecker} under the mappings of {@code --map}.
 */
final class WireMockInputs {

    private final Path workingDirectory;
    private final Consumer<String> notes;

    WireMockInputs(Path workingDirectory, Consumer<String> notes) {
        this.workingDirectory = workingDirectory;
        this.notes = notes;
    }

    /**
     * The mapping files under the named roots, folders or files.
     *
     * @throws UsageException when a path does not exist or holds no mapping file
     */
    List<Input> collect(List<String> roots) {
        List<String> arguments = new ArrayList<>();
        for (String root : roots) {
            if (Input.STANDARD_INPUT.equals(root)) {
                throw new UsageException("--wiremock reads WireMock mapping files, not standard input (-)");
            }
            Path path;
            try {
                path = workingDirectory.resolve(root);
            } catch (InvalidPathException e) {
                throw new UsageException("--wiremock: '" + root + "' is not a valid path: " + e.getReason());
            }
            boolean hasMappings = Files.isDirectory(path) && !StubMappingFiles.mappingsFolder(path).equals(path);
            arguments.add(hasMappings ? (root.endsWith("/") ? root : root + "/") + StubMappingFiles.MAPPINGS : root);
        }
        return new InputCollector(workingDirectory, notes, true).collect(arguments, false);
    }

    /**
     * Says, for each PATH that is a WireMock root (a folder holding {@code mappings/}), that its
     * stub mappings are checked with {@code --wiremock}: read as recorded responses, they are not runs.
     */
    void noteRootsAmong(List<String> paths) {
        for (String argument : paths) {
            try {
                Path path = workingDirectory.resolve(argument);
                if (Files.isDirectory(path) && Files.isDirectory(path.resolve(StubMappingFiles.MAPPINGS))) {
                    notes.accept(argument + " holds a WireMock mappings folder; its stubs are checked as the bodies they"
                            + " serve with --wiremock " + argument);
                }
            } catch (InvalidPathException e) {
                // The collector reports the path.
            }
        }
    }

    /**
     * The checker for these options.
     *
     * @throws UsageException naming the mapping that cannot be read or names an unknown schema
     */
    static StubMappingChecker checker(SeverityPolicy policy, Limits limits, List<String> mappings) {
        StubMappingChecker.Builder builder = StubMappingChecker.builder().policy(policy).limits(limits);
        try {
            mappings.forEach(builder::map);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--map: " + e.getMessage());
        }
    }

    /** The results of every stub of every mapping file, in file order. */
    static List<InputResult> check(StubMappingChecker checker, List<Input> inputs) {
        List<InputResult> results = new ArrayList<>();
        for (Input input : inputs) {
            results.addAll(checker.check(input.path(), input.name()));
        }
        return results;
    }

}
