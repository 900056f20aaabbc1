package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureScannerTests {

    @TempDir
    Path project;

    @Test
    void lists_json_and_ndjson_files_by_default_in_path_order_named_from_where_maven_started() throws Exception {
        Recordings.write(project, "runs/b.json", "{}");
        Recordings.write(project, "runs/a/session.ndjson", "{}\n");
        Recordings.write(project, "runs/a/c.jsonl", "{}\n");
        Recordings.write(project, "runs/notes.txt", "not a fixture");

        List<Fixture> fixtures = scan(new FixtureSet("runflow-v1", project.resolve("runs").toFile()));

        assertThat(fixtures).extracting(Fixture::input)
                .containsExactly("runs/a/c.jsonl", "runs/a/session.ndjson", "runs/b.json");
        assertThat(fixtures).extracting(Fixture::schema).containsOnly("runflow-v1");
        assertThat(fixtures).extracting(Fixture::lineDelimited).containsExactly(true, true, false);
    }

    @Test
    void applies_includes_then_excludes() throws Exception {
        Recordings.write(project, "runs/runflow-1.json", "{}");
        Recordings.write(project, "runs/runflow-draft.json", "{}");
        Recordings.write(project, "runs/comfydeploy-1.json", "{}");
        FixtureSet set = new FixtureSet("runflow-v1", project.resolve("runs").toFile());
        set.setIncludes(List.of("runflow-*.json"));
        set.setExcludes(List.of("*-draft.json"));

        assertThat(scan(set)).extracting(Fixture::input).containsExactly("runs/runflow-1.json");
    }

    @Test
    void a_missing_directory_is_a_configuration_error_naming_it() {
        FixtureSet set = new FixtureSet("auto", project.resolve("src/test/recordings").toFile());

        assertThatThrownBy(() -> scan(set))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("fixture directory src/test/recordings does not exist; check <directory> in <fixtureSets> or runspec.fixtures");
    }

    @Test
    void a_set_without_a_directory_is_a_configuration_error() {
        assertThatThrownBy(() -> scan(new FixtureSet()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("a fixture set has no <directory>");
    }

    @Test
    void a_blank_schema_means_auto() {
        FixtureSet set = new FixtureSet();
        set.setSchema(" ");

        assertThat(set.getSchema()).isEqualTo("auto");
    }

    private List<Fixture> scan(FixtureSet set) throws MojoExecutionException {
        return new FixtureScanner(new InputNames(project), note -> { }).scan(set);
    }
}
