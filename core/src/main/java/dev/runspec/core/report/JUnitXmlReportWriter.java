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
                xml.writeAttribute("classname", "runspec." + xmlSafe(input.result().schemaId()));
                xml.writeAttribute("name", xmlSafe(input.displayName()));
                xml.writeAttribute("time", "0");
                List<Violation> errors = input.result().violations(Severity.ERROR);
                if (!errors.isEmpty()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", xmlSafe(errors.get(0).rule().id()));
                    xml.writeAttribute("message", xmlSafe(errors.size() + " error(s); first: " + errors.get(0).message()));
                    StringBuilder body = new StringBuilder();
                    errors.forEach(v -> body.append(lines.line(input, v)).append('\n'));
                    xml.writeCharacters(xmlSafe(body.toString()));
                    xml.writeEndElement();
                }
                List<Violation> others = input.result().violations().stream().filter(v -> v.severity() != Severity.ERROR).toList();
                if (!others.isEmpty()) {
                    xml.writeStartElement("system-out");
                    StringBuilder body = new StringBuilder();
                    others.forEach(v -> body.append(lines.line(input, v)).append('\n'));
                    xml.writeCharacters(xmlSafe(body.toString()));
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

    /**
     * The text with every character XML 1.0 cannot hold (control characters other than tab, line
     * feed and carriage return, lone surrogates, U+FFFE and U+FFFF) written as the six characters
     * backslash, u and four hex digits, so the report still parses and shows what the input held.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (safe == null && !allowed) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (allowed) {
                    safe.append(c);
                    if (pair) {
                        safe.append(text.charAt(i + 1));
                    }
                } else {
                    safe.append(String.format("\\u%04X", (int) c));
                }
            }
            if (pair) {
                i++;
            }
        }
        return safe == null ? text : safe.toString();
    }
}
