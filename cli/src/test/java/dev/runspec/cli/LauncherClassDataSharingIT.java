package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./runspec} with its class-data-sharing archive, on the packaged jar: run
 * after {@code package} by failsafe. Each run is a real {@code bash ./runspec} in a copy of the
 * checkout's launcher, jar and examples, so the archive it makes and breaks is its own. The tests
 * build on one another (make, use, go stale, remake), hence the order.
 */
@DisabledOnOs(OS.WINDOWS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherClassDataSharingIT {

    private static final String SHARED = "dev.runspec.cli.Runspec source: shared objects file";
    private static final String FROM_JAR = "dev.runspec.cli.Runspec source: file:";

    /** Runs with an exit status 0, 1 and 2, in two report formats. */
    private static final List<List<String>> RUNS = List.of(
            List.of("validate", "--format", "json", "examples/drifted"),
            List.of("validate", "examples/recordings"),
            List.of("validate", "--schema", "no-such-schema", "examples/recordings"),
            List.of("schemas"));

    @TempDir
    static Path checkout;

    private static Path archives;

    @BeforeAll
    static void copy_the_launcher_the_jar_and_the_examples() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path launcher = checkout.resolve("runspec");
        Files.copy(module.resolve("../runspec"), launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Files.createDirectories(checkout.resolve("cli/target"));
        Files.copy(module.resolve("target/runspec.jar"), checkout.resolve("cli/target/runspec.jar"));
        copyTree(Invocation.examples().resolve("recordings"), checkout.resolve("examples/recordings"));
        copyTree(Invocation.examples().resolve("drifted"), checkout.resolve("examples/drifted"));
        archives = checkout.resolve("cli/target/cds");
    }

    @Test
    @Order(1)
    void making_the_archive_prints_nothing_and_leaves_one_archive() throws Exception {
        Run made = launcher(Map.of("RUNSPEC_CDS", "make"));

        assertThat(made.status()).isZero();
        assertThat(made.out()).isEmpty();
        assertThat(made.err()).isEmpty();
        assertThat(archiveFiles()).hasSize(1);
        assertThat(lockFiles()).isEmpty();
    }

    @Test
    @Order(2)
    void a_run_maps_the_classes_from_the_archive() throws Exception {
        Path log = checkout.resolve("class-load.log");

        Run run = launcher(Map.of("RUNSPEC_JAVA_OPTS", "-Xlog:class+load:file=" + log),
                "validate", "examples/recordings");

        assertThat(run.status()).isZero();
        assertThat(Files.readString(log))
                .contains(SHARED)
                .contains("dev.runspec.shaded.networknt.schema.SchemaRegistry source: shared objects file");
    }

    @Test
    @Order(3)
    void with_the_archive_every_run_prints_what_it_prints_without() throws Exception {
        for (List<String> args : RUNS) {
            Run with = launcher(Map.of(), args.toArray(String[]::new));
            Run without = launcher(Map.of("RUNSPEC_CDS", "off"), args.toArray(String[]::new));

            assertThat(with).as("%s", args).isEqualTo(without);
        }
        assertThat(launcher(Map.of(), "validate", "examples/drifted").status()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void an_archive_the_jvm_rejects_is_ignored_silently() throws Exception {
        Path archive = archiveFiles().get(0);
        byte[] original = Files.readAllBytes(archive);
        // A JDK 17 says nothing of a rejected static archive, but warns on standard output of a
        // dynamic one made for another jar; so that is one of the two impostors.
        Path otherJar = Files.copy(checkout.resolve("cli/target/runspec.jar"), checkout.resolve("other.jar"));
        Path otherArchive = checkout.resolve("other.jsa");
        Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + otherArchive, "-jar", otherJar.toString(), "--version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(dump.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(otherArchive).isNotEmptyFile();
        List<byte[]> impostors = List.of(Files.readAllBytes(otherArchive),
                Arrays.copyOf("not an archive".getBytes(StandardCharsets.UTF_8), 64 * 1024));
        Run without = launcher(Map.of("RUNSPEC_CDS", "off"), "validate", "--format", "json", "examples/drifted");
        assertThat(archive.toFile().setWritable(true)).isTrue();
        try {
            for (byte[] impostor : impostors) {
                Files.write(archive, impostor);
                Path log = checkout.resolve("class-load-rejected.log");
                Files.deleteIfExists(log);

                Run rejected = launcher(Map.of("RUNSPEC_JAVA_OPTS", "-Xlog:class+load:file=" + log),
                        "validate", "--format", "json", "examples/drifted");

                assertThat(rejected).isEqualTo(without);
                assertThat(Files.readString(log)).contains(FROM_JAR).doesNotContain(SHARED);
            }
        } finally {
            Files.write(archive, original);
        }
    }

    @Test
    @Order(5)
    void after_the_jar_changes_the_old_archive_is_not_used_and_a_new_one_replaces_it() throws Exception {
        Path old = archiveFiles().get(0);
        Path jar = checkout.resolve("cli/target/runspec.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
        Run without = launcher(Map.of("RUNSPEC_CDS", "off"), "validate", "--format", "json", "examples/drifted");
        Path log = checkout.resolve("class-load-stale.log");

        Run stale = launcher(Map.of("RUNSPEC_JAVA_OPTS", "-Xlog:class+load:file=" + log),
                "validate", "--format", "json", "examples/drifted");

        assertThat(stale).isEqualTo(without);
        assertThat(Files.readString(log)).contains(FROM_JAR).doesNotContain(SHARED);

        // That run started making the new archive in the background.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while ((!lockFiles().isEmpty() || archiveFiles().equals(List.of(old))) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(lockFiles()).isEmpty();
        assertThat(archiveFiles()).hasSize(1).doesNotContain(old);
        Path fresh = checkout.resolve("class-load-fresh.log");
        launcher(Map.of("RUNSPEC_JAVA_OPTS", "-Xlog:class+load:file=" + fresh), "validate", "examples/drifted");
        assertThat(Files.readString(fresh)).contains(SHARED);
    }

    /** What a launcher run left behind: exit status and both streams, byte for byte. */
    record Run(int status, String out, String err) {
    }

    private static Run launcher(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("runspec").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(checkout, "out", ".txt");
        Path err = Files.createTempFile(checkout, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("RUNSPEC_JAVA_OPTS");
        builder.environment().remove("RUNSPEC_CDS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<Path> archiveFiles() throws IOException {
        return listed(".jsa");
    }

    private static List<Path> lockFiles() throws IOException {
        return listed(".lock");
    }

    private static List<Path> listed(String suffix) throws IOException {
        if (!Files.isDirectory(archives)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
