package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.internal.ViolationText;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier and the verdict cache together, over real files, as two builds in a row use them. */
class IncrementalVerificationTests {

    private static final RunValidator VALIDATOR = RunValidator.create();

    @TempDir
    Path project;

    private Path state() {
        return project.resolve("target/runspec/state/default.json");
    }

    @Test
    void a_second_run_over_unchanged_fixtures_validates_nothing_and_reports_the_same_verdicts() throws Exception {
        List<Fixture> fixtures = List.of(
                fixture("runs/done.json", Recordings.runflowWithStatus("done"), "runflow-v1"),
                fixture("runs/queued.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "auto"));
        List<CheckedFixture> first = run(fixtures);

        List<CheckedFixture> second = run(fixtures);

        assertThat(first).extracting(CheckedFixture::validated).containsOnly(true);
        assertThat(second).extracting(CheckedFixture::validated).containsOnly(false);
        assertThat(results(second)).hasSize(2);
        assertThat(lines(second)).isEqualTo(lines(first)).containsExactly(
                "runs/done.json:9:18: /status_code: status_code is \"done\"; expected one of queued, dispatching, running,"
                        + " succeeded, failed, cancelled, canceled, partial_succeeded [enum]");
        InputResult remembered = results(second).get(0);
        assertThat(remembered.result().violations().get(0).expected()).isEqualTo(
                results(first).get(0).result().violations().get(0).expected());
        assertThat(remembered.result().violations().get(0).actual()).isEqualTo("done");
        assertThat(results(second).get(1).result().schemaId()).isEqualTo("runflow-v1");
        assertThat(WorkSummary.of(second, VerdictCache.Origin.LOADED, true))
                .isEqualTo("2 fixtures unchanged since the last run; nothing to validate");
    }

    @Test
    void changing_one_fixture_validates_only_that_one() throws Exception {
        List<Fixture> fixtures = List.of(
                fixture("runs/a.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1"),
                fixture("runs/b.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1"),
                fixture("runs/c.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1"));
        run(fixtures);
        Files.writeString(fixtures.get(1).file(), Recordings.runflowWithStatus("waiting"));

        List<CheckedFixture> second = run(fixtures);

        assertThat(second).extracting(CheckedFixture::validated).containsExactly(false, true, false);
        assertThat(lines(second)).singleElement().asString().startsWith("runs/b.json:9:18: /status_code: status_code is \"waiting\"");
        assertThat(WorkSummary.of(second, VerdictCache.Origin.LOADED, true))
                .isEqualTo("validated 1 changed fixture; 2 unchanged since the last run");
    }

    @Test
    void other_settings_make_every_earlier_verdict_stale() throws Exception {
        List<Fixture> fixtures = List.of(fixture("runs/a.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1"));
        run(fixtures);
        RunValidator strict = RunValidator.builder().policy(SeverityPolicy.defaults().strict(true)).build();

        VerdictCache cache = VerdictCache.load(state(), ConfigurationFingerprint.of(strict));

        assertThat(cache.origin()).isEqualTo(VerdictCache.Origin.STALE);
        assertThat(ConfigurationFingerprint.of(strict)).isNotEqualTo(ConfigurationFingerprint.of(VALIDATOR));
        assertThat(ConfigurationFingerprint.of(RunValidator.create())).isEqualTo(ConfigurationFingerprint.of(VALIDATOR));
    }

    @Test
    void a_damaged_state_file_only_means_validating_everything() throws Exception {
        Files.createDirectories(state().getParent());
        Files.writeString(state(), "{\"format\": 1, \"fingerprint\": ");

        VerdictCache cache = VerdictCache.load(state(), ConfigurationFingerprint.of(VALIDATOR));

        assertThat(cache.origin()).isEqualTo(VerdictCache.Origin.UNREADABLE);
        assertThat(VerdictCache.load(project.resolve("no-such-state.json"), "x").origin()).isEqualTo(VerdictCache.Origin.NONE);
    }

    @Test
    void each_ndjson_line_keeps_its_own_verdict_across_runs() throws Exception {
        String compact = Recordings.text(Recordings.RUNFLOW_QUEUED).replaceAll("\\s*\\n\\s*", "");
        String drifted = Recordings.runflowWithStatus("done").replaceAll("\\s*\\n\\s*", "");
        List<Fixture> fixtures = List.of(fixture("runs/session.ndjson", compact + "\n" + drifted + "\n", "runflow-v1"));
        List<CheckedFixture> first = run(fixtures);

        List<CheckedFixture> second = run(fixtures);

        assertThat(results(second)).extracting(InputResult::line).containsExactly(1L, 2L);
        assertThat(lines(second)).isEqualTo(lines(first)).singleElement().asString().startsWith("runs/session.ndjson:2:");
    }

    @Test
    void many_fixtures_are_validated_on_several_threads_and_reported_in_order() throws Exception {
        List<Fixture> fixtures = new ArrayList<>();
        IntStream.range(0, 150).forEach(n -> fixtures.add(fixture(String.format("runs/run-%03d.json", n),
                n == 97 ? Recordings.runflowWithStatus("done") : Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1")));

        List<CheckedFixture> checked = new FixtureVerifier(VALIDATOR, 4).verify(fixtures, VerdictCache.empty());

        assertThat(checked).extracting(c -> c.fixture().input()).isEqualTo(fixtures.stream().map(Fixture::input).toList());
        assertThat(lines(checked)).singleElement().asString().startsWith("runs/run-097.json:9:18:");
    }

    @Test
    void a_fixture_that_cannot_be_read_gets_its_own_verdict_and_the_others_are_still_checked() throws Exception {
        Fixture gone = new Fixture(project.resolve("runs/gone.json"), "runs/gone.json", "auto");
        Fixture queued = fixture("runs/queued.json", Recordings.text(Recordings.RUNFLOW_QUEUED), "runflow-v1");

        List<CheckedFixture> checked = run(List.of(gone, queued));

        assertThat(lines(checked)).containsExactly("runs/gone.json: (document): no such file [unreadable]");
        assertThat(results(checked)).extracting(r -> r.result().isValid()).containsExactly(false, true);
        assertThat(checked.get(0).sha256()).isNull();
        assertThat(run(List.of(gone, queued))).extracting(CheckedFixture::validated)
                .as("an unread fixture is never taken from the cache").containsExactly(true, false);
    }

    private Fixture fixture(String relative, String text, String schema) {
        Path file = Recordings.write(project, relative, text);
        return new Fixture(file, relative, schema);
    }

    private List<CheckedFixture> run(List<Fixture> fixtures) throws Exception {
        String fingerprint = ConfigurationFingerprint.of(VALIDATOR);
        List<CheckedFixture> checked = new FixtureVerifier(VALIDATOR, 2)
                .verify(fixtures, VerdictCache.load(state(), fingerprint));
        VerdictCache.save(state(), fingerprint, checked);
        return checked;
    }

    private static List<InputResult> results(List<CheckedFixture> checked) {
        return checked.stream().flatMap(c -> c.results().stream()).toList();
    }

    private static List<String> lines(List<CheckedFixture> checked) {
        return results(checked).stream()
                .flatMap(r -> r.result().violations().stream().map(v -> ViolationText.of(r.input(), r.line(), v, false)))
                .toList();
    }
}
