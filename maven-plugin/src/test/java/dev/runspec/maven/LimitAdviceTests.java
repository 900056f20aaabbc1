package dev.runspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.HostileDocument;
import dev.runspec.core.Limit;
import dev.runspec.core.Limits;
import dev.runspec.core.RunValidator;
import dev.runspec.core.report.InputResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixture beyond a limit: the core's words, then how to raise that limit in a build. */
class LimitAdviceTests {

    @TempDir
    Path project;

    @Test
    void a_fixture_beyond_a_limit_is_told_the_parameter_and_the_property_that_raise_it() throws Exception {
        Path runs = Files.createDirectories(project.resolve("runs"));
        Files.writeString(runs.resolve("queued.json"), HostileDocument.conformingRun());
        List<Fixture> fixtures = new FixtureScanner(new InputNames(project), note -> { })
                .scan(new FixtureSet("runflow-v1", runs.toFile()));
        RunValidator shallow = RunValidator.builder().limits(Limits.defaults().withMaxNestingDepth(1)).build();

        List<InputResult> results = new FixtureVerifier(shallow, 1).verify(fixtures, VerdictCache.empty()).get(0).results();

        assertThat(results).singleElement().extracting(r -> r.result().violations().get(0).message()).asString()
                .isEqualTo("arrays and objects nest deeper than the max-nesting-depth limit of 1 levels;"
                        + " raise it with <maxNestingDepth> or -Drunspec.maxNestingDepth if the document is genuine");
    }

    @Test
    void every_limit_is_raised_with_a_parameter_and_property_the_goal_has() throws Exception {
        String descriptor;
        try (var in = VerifyMojo.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (Limit limit : Limit.values()) {
            String parameter = Advice.parameter(limit);
            assertThat(descriptor).contains("<" + parameter + " implementation=", "${runspec." + parameter + "}");
            assertThat(Advice.raise(limit)).contains("<" + parameter + ">", "-Drunspec." + parameter);
        }
    }
}
