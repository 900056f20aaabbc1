package dev.runspec.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.core.Probe;
import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.RunValidator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

class ReportWritersTests {

    private final RunValidator validator = Probe.validator();
    private final ValidationReport report = new ValidationReport(List.of(
            InputResult.of("runs/good.json", validator.validate(Probe.ID, Probe.resource("conforming.json"))),
            InputResult.of("runs/drifted.json", validator.validate(Probe.ID, Probe.resource("drifted.json"))),
            new InputResult("runs/all.ndjson", 7, validator.validate(Probe.ID, "{\"id\": "))));

    @Test
    void text_shows_one_linkable_line_per_violation_and_a_summary() throws Exception {
        String text = write(ReportFormat.TEXT);

        assertThat(text.lines()).contains(
                "runs/drifted.json:3:13: /status: status is \"done\"; expected one of queued, running, succeeded [enum]",
                "runs/drifted.json:4:10: /gpu: gpu is \"H200\", which is not among the documented values T4, A100 [unknown-value, warning]",
                "runs/all.ndjson:1:8: (document): not valid JSON: the text ends before the JSON value is complete (a truncated download?) [malformed-json]");
        assertThat(text.lines().reduce((a, b) -> b)).hasValue("3 inputs: 1 conforms, 2 do not (8 errors, 3 warnings)");
        assertThat(text).doesNotContain("\u001B[");
        assertThat(new TextReportWriter(true).line(report.results().get(1), report.results().get(1).result().violations().get(0)))
                .contains("\u001B[31mformat\u001B[0m");
    }

    @Test
    void json_follows_the_documented_format() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(write(ReportFormat.JSON));

        assertThat(json.get("tool").asString()).isEqualTo("runspec");
        assertThat(json.get("summary").toString()).isEqualTo("{\"inputs\":3,\"conforming\":1,\"errors\":8,\"warnings\":3,\"infos\":0}");
        JsonNode drifted = json.get("results").get(1);
        assertThat(drifted.get("input").asString()).isEqualTo("runs/drifted.json");
        assertThat(drifted.get("schema").asString()).isEqualTo("probe");
        assertThat(drifted.get("valid").asBoolean()).isFalse();
        assertThat(drifted.get("violations").get(1).toString()).isEqualTo(
                "{\"pointer\":\"/status\",\"rule\":\"enum\",\"severity\":\"error\",\"line\":3,\"column\":13,"
                        + "\"expected\":[\"queued\",\"running\",\"succeeded\"],\"actual\":\"done\","
                        + "\"message\":\"status is \\\"done\\\"; expected one of queued, running, succeeded\"}");
        assertThat(json.get("results").get(2).get("line").asInt()).isEqualTo(7);
    }

    @Test
    void junit_xml_has_one_test_case_per_input_failing_on_errors() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(write(ReportFormat.JUNIT))));

        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("testcase").item(2).getAttributes().getNamedItem("name").getNodeValue())
                .isEqualTo("runs/all.ndjson:7");
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
                .contains("runs/drifted.json:3:13: /status: status is \"done\"");
    }

    @Test
    void junit_xml_writes_what_xml_cannot_hold_as_escapes_and_still_parses() throws Exception {
        String name = "runs/\u0000nul\u001b[31m\ud800.json";
        ValidationReport hostile = new ValidationReport(List.of(InputResult.of(name, ValidationResult.of("probe", List.of(
                new Violation("/a\u0001", Rule.ENUM, Severity.ERROR, null, "\u0002", "value \u0003 ]]> \"q\" \uD83D\uDE00", 1, 1))))));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(write(ReportFormat.JUNIT, hostile))));

        assertThat(xml.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue())
                .isEqualTo("runs/\\u0000nul\\u001B[31m\\uD800.json");
        assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .isEqualTo("1 error(s); first: value \\u0003 ]]> \"q\" \uD83D\uDE00");
    }

    @Test
    void sarif_places_each_violation_on_its_line() throws Exception {
        JsonNode sarif = JsonMapper.builder().build().readTree(write(ReportFormat.SARIF));

        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(11);
        JsonNode status = results.get(1);
        assertThat(status.get("ruleId").asString()).isEqualTo("enum");
        assertThat(status.get("level").asString()).isEqualTo("error");
        assertThat(status.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("runs/drifted.json");
        assertThat(status.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(status.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(13);
        assertThat(results.get(2).get("level").asString()).isEqualTo("warning");
    }

    @Test
    void every_format_shows_both_ends_of_a_violation_that_compares_two_places() throws Exception {
        Violation ended = new Violation("/ended_at", Rule.CONSTRAINT, Severity.ERROR, null, null,
                "ended_at is before started_at", 12, 15, List.of(new RelatedLocation("started_at", null, "/started_at", 11, 17)));
        ValidationReport compared = new ValidationReport(List.of(
                InputResult.of("runs/ended early.json", ValidationResult.of(Probe.ID, List.of(ended)))));
        JsonMapper mapper = JsonMapper.builder().build();

        assertThat(write(ReportFormat.TEXT, compared)).contains("(started_at: 11:17) [constraint]");
        assertThat(write(ReportFormat.JUNIT, compared)).contains("(started_at: 11:17)");
        JsonNode json = mapper.readTree(write(ReportFormat.JSON, compared));
        assertThat(json.at("/results/0/violations/0/related/0").toString())
                .isEqualTo("{\"description\":\"started_at\",\"pointer\":\"/started_at\",\"line\":11,\"column\":17}");
        JsonNode sarif = mapper.readTree(write(ReportFormat.SARIF, compared));
        JsonNode related = sarif.at("/runs/0/results/0/relatedLocations/0");
        assertThat(related.at("/physicalLocation/artifactLocation/uri").asString()).isEqualTo("runs/ended%20early.json");
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(11);
        assertThat(related.at("/message/text").asString()).isEqualTo("started_at");
    }

    @Test
    void sarif_writes_paths_as_uri_references() {
        assertThat(SarifReportWriter.uriReference("runs/my run #1.json")).isEqualTo("runs/my%20run%20%231.json");
        assertThat(SarifReportWriter.uriReference("runs/plain.json")).isEqualTo("runs/plain.json");
        assertThat(SarifReportWriter.uriReference("pacts/a.json#caf\u00e9 \u0000\ud800 100% [x]"))
                .isEqualTo("pacts/a.json%23caf%C3%A9%20%00%EF%BF%BD%20100%25%20%5Bx%5D");
        assertThat(SarifReportWriter.uriReference("c:x/y:z")).isEqualTo("c%3Ax/y:z");
    }

    private String write(ReportFormat format) throws Exception {
        return write(format, report);
    }

    private static String write(ReportFormat format, ValidationReport report) throws Exception {
        StringWriter out = new StringWriter();
        format.writer().write(report, out);
        return out.toString();
    }
}
