package dev.runspec.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats every front end offers, by the names users type. */
public enum ReportFormat {
    /** {@code path:line:col: /pointer: message [rule]} lines and a summary, for people and IDEs. */
    TEXT("text", "txt"),
    /** The documented JSON format ({@code docs/report-format.md}), for scripts. */
    JSON("json", "json"),
    /** JUnit XML, one test case per input, so CI systems show inputs like tests. */
    JUNIT("junit", "xml"),
    /** SARIF 2.1.0, one result per violation, so code-scanning views show it on the fixture line. */
    SARIF("sarif", "sarif");

    private final String id;
    private final String extension;

    ReportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The name users type: {@code text}, {@code json}, {@code junit}, {@code sarif}. */
    public String id() {
        return id;
    }

    /** The usual file name of a report in this format, for example {@code runspec.sarif}. */
    public String fileName() {
        return this == JUNIT ? "TEST-runspec.xml" : "runspec." + extension;
    }

    /** A writer for this format; text without colour. */
    public ReportWriter writer() {
        return switch (this) {
            case TEXT -> new TextReportWriter(false);
            case JSON -> new JsonReportWriter();
            case JUNIT -> new JUnitXmlReportWriter();
            case SARIF -> new SarifReportWriter();
        };
    }

    /**
     * Reads a format from its name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static ReportFormat fromId(String id) {
        for (ReportFormat format : values()) {
            if (format.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + id + "'; expected one of "
                + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
