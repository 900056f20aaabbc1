package dev.runspec.core.report;

import dev.runspec.core.RelatedLocation;
import dev.runspec.core.Rule;
import dev.runspec.core.Severity;
import dev.runspec.core.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.runspec.shaded.jackson.core.JsonGenerator;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0: one run of the tool {@code runspec}, one result per violation, placed on the
 * fixture's line and column so code-scanning views show it where it is.
 */
public final class SarifReportWriter implements ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        Set<Rule> rules = new LinkedHashSet<>();
        report.results().forEach(r -> r.result().violations().forEach(v -> rules.add(v.rule())));
        try (JsonGenerator json = MAPPER.createGenerator(new NonClosingWriter(out))) {
            json.writeStartObject();
            json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringProperty("version", "2.1.0");
            json.writeArrayPropertyStart("runs");
            json.writeStartObject();
            json.writeObjectPropertyStart("tool");
            json.writeObjectPropertyStart("driver");
            json.writeStringProperty("name", report.tool());
            json.writeStringProperty("version", report.version());
            json.writeStringProperty("informationUri", "https://runspec.dev/");
            json.writeArrayPropertyStart("rules");
            for (Rule rule : rules) {
                json.writeStartObject();
                json.writeStringProperty("id", rule.id());
                json.writeObjectPropertyStart("shortDescription");
                json.writeStringProperty("text", describe(rule));
                json.writeEndObject();
                json.writeObjectPropertyStart("defaultConfiguration");
                json.writeStringProperty("level", level(rule.defaultSeverity()));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayPropertyStart("results");
            for (InputResult input : report.results()) {
                for (Violation v : input.result().violations()) {
                    writeResult(json, input, v);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeResult(JsonGenerator json, InputResult input, Violation v) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", v.rule().id());
        json.writeStringProperty("level", level(v.severity()));
        json.writeObjectPropertyStart("message");
        json.writeStringProperty("text", (v.pointer().isEmpty() ? "" : v.pointer() + ": ") + v.message());
        json.writeEndObject();
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        json.writeObjectPropertyStart("physicalLocation");
        json.writeObjectPropertyStart("artifactLocation");
        json.writeStringProperty("uri", uriReference(input.input()));
        json.writeEndObject();
        long line = v.line() > 0 ? v.line() : input.line();
        if (line > 0) {
            json.writeObjectPropertyStart("region");
            json.writeNumberProperty("startLine", line);
            if (v.column() > 0) {
                json.writeNumberProperty("startColumn", v.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (!v.related().isEmpty()) {
            json.writeArrayPropertyStart("relatedLocations");
            int id = 0;
            for (RelatedLocation place : v.related()) {
                json.writeStartObject();
                json.writeNumberProperty("id", id++);
                json.writeObjectPropertyStart("physicalLocation");
                json.writeObjectPropertyStart("artifactLocation");
                json.writeStringProperty("uri", uriReference(place.input() == null ? input.input() : place.input()));
                json.writeEndObject();
                if (place.line() > 0) {
                    json.writeObjectPropertyStart("region");
                    json.writeNumberProperty("startLine", place.line());
                    if (place.column() > 0) {
                        json.writeNumberProperty("startColumn", place.column());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeObjectPropertyStart("message");
                json.writeStringProperty("text", place.description()
                        + (place.pointer().isEmpty() || place.pointer().equals("/" + place.description()) ? "" : " " + place.pointer()));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("pointer", v.pointer());
        json.writeStringProperty("schema", input.result().schemaId());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * A relative path as an RFC 3986 URI reference: every character but the unreserved ones, the
     * sub-delimiters, {@code @}, {@code /} and a {@code :} after the first {@code /} is
     * percent-encoded as UTF-8 (a lone surrogate as U+FFFD), so any input name gives a valid one.
     */
    static String uriReference(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        boolean firstSegment = true;
        for (int i = 0; i < path.length(); ) {
            int codePoint = path.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
                codePoint = 0xFFFD;
            }
            if (codePoint == '/') {
                firstSegment = false;
            }
            boolean plain = codePoint < 0x80 && (Character.isLetterOrDigit(codePoint) || "-._~!$&'()*+,;=@/".indexOf(codePoint) >= 0
                    || (codePoint == ':' && !firstSegment));
            if (plain) {
                uri.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
        return uri.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String describe(Rule rule) {
        return rule.description();
    }
}
