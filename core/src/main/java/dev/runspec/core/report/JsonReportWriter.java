package dev.runspec.core.report;

import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.ViolationJson;
import java.io.IOException;
import java.io.Writer;
import dev.runspec.shaded.jackson.core.JsonGenerator;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/** The documented JSON report ({@code docs/report-format.md}). */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(new NonClosingWriter(out))) {
            json.writeStartObject();
            json.writeStringProperty("tool", report.tool());
            json.writeStringProperty("version", report.version());
            json.writeObjectPropertyStart("summary");
            json.writeNumberProperty("inputs", report.inputs());
            json.writeNumberProperty("conforming", report.conforming());
            json.writeNumberProperty("errors", report.count(Severity.ERROR));
            json.writeNumberProperty("warnings", report.count(Severity.WARNING));
            json.writeNumberProperty("infos", report.count(Severity.INFO));
            json.writeEndObject();
            json.writeArrayPropertyStart("results");
            for (InputResult input : report.results()) {
                json.writeStartObject();
                json.writeStringProperty("input", input.input());
                if (input.line() > 0) {
                    json.writeNumberProperty("line", input.line());
                }
                json.writeStringProperty("schema", input.result().schemaId());
                json.writeBooleanProperty("valid", input.result().isValid());
                json.writeArrayPropertyStart("violations");
                for (Violation v : input.result().violations()) {
                    json.writeTree(ViolationJson.write(v));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
