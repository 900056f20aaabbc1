package dev.runspec.core.report;

import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI systems read it: one test suite, one test case per input (named after the
 * input, grouped by schema), failing with every error; warnings go to the case's system-out.
 */
public final class JUnitXmlReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        TextReportWriter lines = new TextReportWriter(false);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosingWriter(out));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "runspec");
            xml.writeAttribute("tests", Integer.toString(report.inputs()));
            xml.writeAttribute("failures", Integer.toString(report.inputs() - report.conforming()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            for (InputResult input : report.results()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "runspec." + input.result().schemaId());
                xml.writeAttribute("name", input.displayName());
                xml.writeAttribute("time", "0");
                List<Violation> errors = input.result().violations(Severity.ERROR);
                if (!errors.isEmpty()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", errors.get(0).rule().id());
                    xml.writeAttribute("message", errors.size() + " error(s); first: " + errors.get(0).message());
                    StringBuilder body = new StringBuilder();
                    errors.forEach(v -> body.append(lines.line(input, v)).append('\n'));
                    xml.writeCharacters(body.toString());
                    xml.writeEndElement();
                }
                List<Violation> others = input.result().violations().stream().filter(v -> v.severity() != Severity.ERROR).toList();
                if (!others.isEmpty()) {
                    xml.writeStartElement("system-out");
                    StringBuilder body = new StringBuilder();
                    others.forEach(v -> body.append(lines.line(input, v)).append('\n'));
                    xml.writeCharacters(body.toString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit XML report: " + e.getMessage(), e);
        }
        out.flush();
    }
}
