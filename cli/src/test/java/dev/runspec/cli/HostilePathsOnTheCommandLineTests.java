package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.HostileDocument;
import dev.runspec.core.HostilePath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link HostilePath} named on the command line. A path that is not there, or a link that
 * leads nowhere, is a usage error (status 2: nothing was checked); a FIFO, a device or a file that
 * cannot be read is a verdict on that input (status 1), reached without opening it where opening
 * could block. Each answer is one line, and nothing waits for a writer that never comes.
 */
class HostilePathsOnTheCommandLineTests {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostilePath.class, names = {"FIFO", "DEVICE", "UNREADABLE"})
    void a_path_that_cannot_be_read_is_one_report_line_and_exit_status_1(HostilePath hostile) {
        assumeThat(hostile.create(folder)).as("%s can be made here", hostile).isPresent();

        Outcome outcome = HostileRun.in(folder, "validate", "--schema", HostileDocument.SCHEMA, hostile.fileName());

        assertThat(outcome.status()).isEqualTo(ExitStatus.DOES_NOT_CONFORM);
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.outLines()).hasSize(2).last().isEqualTo("1 input: 0 conform, 1 does not (1 error, 0 warnings)");
        assertThat(outcome.outLines().get(0)).startsWith(hostile.fileName() + ": (document): ").contains(hostile.reason())
                .endsWith(" [unreadable]");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HostilePath.class, names = {"MISSING", "SYMLINK_LOOP", "FOLDER_LOOP"})
    void a_path_with_nothing_to_check_behind_it_is_a_one_line_usage_error(HostilePath hostile) {
        assumeThat(hostile.create(folder)).as("%s can be made here", hostile).isPresent();

        Outcome outcome = HostileRun.in(folder, "validate", "--schema", HostileDocument.SCHEMA, hostile.fileName());

        assertThat(outcome.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(outcome.out()).isEmpty();
        String usageError = switch (hostile) {
            case MISSING -> "no such file or folder: missing.json";
            case SYMLINK_LOOP -> "'loop.json' is a symbolic link to nothing";
            default -> "no *.json, *.ndjson or *.jsonl files found in looped";
        };
        assertThat(outcome.errLines()).last().isEqualTo("runspec validate: " + usageError + " (see 'runspec validate --help')");
        if (hostile == HostilePath.FOLDER_LOOP) {
            assertThat(outcome.errLines()).containsExactly(
                    "runspec: skipped looped/back/looped: symbolic link loop (it leads back to a folder being searched)",
                    "runspec validate: " + usageError + " (see 'runspec validate --help')");
        } else {
            assertThat(outcome.errLines()).hasSize(1);
        }
    }

    @Test
    void an_unknown_schema_id_is_a_one_line_usage_error_naming_the_known_ones() {
        HostileDocument.TRUNCATED.writeTo(folder);

        Outcome outcome = HostileRun.in(folder, "validate", "--schema", "runflow-v9", HostileDocument.TRUNCATED.fileName());

        assertThat(outcome.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.errLines()).containsExactly("runspec validate: unknown schema id 'runflow-v9'; known ids:"
                + " comfydeploy-v1-ts, comfydeploy-v1, comfydeploy-v2, comfydeploy-v2-error, runflow-v1, comfydeploy-v1-webhook, comfydeploy-v2-webhook, runflow-callback (or auto)"
                + " (see 'runspec validate --help')");
    }
}
