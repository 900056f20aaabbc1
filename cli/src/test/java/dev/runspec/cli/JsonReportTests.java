package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import dev.runspec.core.internal.RunspecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.runspec.shaded.jackson.databind.JsonNode;

class JsonReportTests {

    @Test
    void has_the_documented_fields_for_the_tool_the_summary_each_input_and_each_violation(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-conforming.json"), Files.readString(Invocation.examples().resolve("recordings/runflow-v1/succeeded.json")));
        Files.writeString(folder.resolve("b-drifted.json"), "{\n  \"id\": \"0196a4f3-2b4c-7d5e-8f60-7a8b9c0d1e2f\",\n  \"status_code\": \"done\"\n}\n");

        Outcome outcome = Invocation.in(folder).run("validate", "--format", "json", ".");

        assertThat(outcome.status()).isEqualTo(1);
        JsonNode report = ReportJson.parse(outcome.out());
        assertThat(report.propertyNames()).containsExactly("tool", "version", "summary", "results");
        assertThat(report.get("tool").asString()).isEqualTo("runspec");
        assertThat(report.get("version").asString()).isEqualTo(RunspecVersion.current());
        JsonNode summary = report.get("summary");
        assertThat(summary.get("inputs").asInt()).isEqualTo(2);
        assertThat(summary.get("conforming").asInt()).isEqualTo(1);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("warnings").asInt()).isZero();

        JsonNode conforming = report.get("results").get(0);
        assertThat(conforming.get("input").asString()).isEqualTo("a-conforming.json");
        assertThat(conforming.get("schema").asString()).isEqualTo("runflow-v1");
        assertThat(conforming.get("valid").asBoolean()).isTrue();
        assertThat(conforming.get("violations")).isEmpty();

        JsonNode drifted = report.get("results").get(1);
        assertThat(drifted.get("input").asString()).isEqualTo("b-drifted.json");
        assertThat(drifted.get("valid").asBoolean()).isFalse();
        JsonNode violation = drifted.get("violations").get(0);
        assertThat(violation.propertyNames())
                .containsExactly("pointer", "rule", "severity", "line", "column", "expected", "actual", "message");
        assertThat(violation.get("pointer").asString()).isEqualTo("/status_code");
        assertThat(violation.get("rule").asString()).isEqualTo("enum");
        assertThat(violation.get("severity").asString()).isEqualTo("error");
        assertThat(violation.get("line").asInt()).isEqualTo(3);
        assertThat(violation.get("column").asInt()).isEqualTo(18);
        assertThat(violation.get("expected").isArray()).isTrue();
        assertThat(violation.get("expected").get(0).asString()).isEqualTo("queued");
        assertThat(violation.get("actual").asString()).isEqualTo("done");
        assertThat(violation.get("message").asString()).startsWith("status_code is \"done\"; expected one of queued");
    }

    @Test
    void names_each_ndjson_line_by_its_file_and_line_number() {
        Outcome outcome = Invocation.runspec("validate", "-f", "json", "../examples/recordings/runflow-v1/polling.ndjson");

        assertThat(ReportJson.results(outcome.out()))
                .extracting(r -> r.get("input").asString() + ":" + r.get("line").asInt())
                .containsExactly(
                        "../examples/recordings/runflow-v1/polling.ndjson:1",
                        "../examples/recordings/runflow-v1/polling.ndjson:2",
                        "../examples/recordings/runflow-v1/polling.ndjson:3",
                        "../examples/recordings/runflow-v1/polling.ndjson:4");
    }
}
