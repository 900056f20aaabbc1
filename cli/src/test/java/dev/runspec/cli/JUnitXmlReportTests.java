package dev.runspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.cli.Invocation.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTests {

    @Test
    void has_one_test_case_per_input_and_a_failure_for_each_input_that_does_not_conform() throws Exception {
        Outcome outcome = Invocation.runspec("validate", "--format", "junit", "../examples/drifted");

        assertThat(outcome.status()).isEqualTo(1);
        Document xml = parse(outcome.out());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("13");
        assertThat(suite.getAttribute("failures")).isEqualTo("9");

        List<Element> cases = elements(suite.getElementsByTagName("testcase"));
        assertThat(cases).hasSize(13);
        assertThat(cases).extracting(c -> c.getAttribute("name")).contains(
                "../examples/drifted/comfydeploy-v2-polling.ndjson:3",
                "../examples/drifted/unknown-status.json");
        Element unknownStatus = cases.stream()
                .filter(c -> c.getAttribute("name").endsWith("unknown-status.json")).findFirst().orElseThrow();
        assertThat(unknownStatus.getAttribute("classname")).isEqualTo("runspec.runflow-v1");
        Element failure = (Element) unknownStatus.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("enum");
        assertThat(failure.getTextContent()).contains("../examples/drifted/unknown-status.json:9:18: /status_code: ");
    }

    @Test
    void a_conforming_run_is_a_suite_without_failures() throws Exception {
        Outcome outcome = Invocation.runspec("validate", "--format", "junit", "../examples/recordings");

        assertThat(outcome.status()).isZero();
        Document xml = parse(outcome.out());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
