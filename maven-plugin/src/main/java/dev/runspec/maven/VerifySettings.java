package dev.runspec.maven;

import dev.runspec.core.FailOn;
import dev.runspec.core.Limits;
import dev.runspec.core.SeverityPolicy;
import dev.runspec.core.internal.LimitSettings;
import dev.runspec.core.report.ReportFormat;
import dev.runspec.core.wiremock.StubMappingChecker;
import dev.runspec.pact.PactChecker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The goal's parameters read once, before any work: the fail-on setting, the report formats, the
 * severity policy for fixtures, pacts and WireMock stubs (the same strict switch and overrides over each
 * checker's defaults), and the input limits. A bad value is a one-line configuration error
 * naming the parameter.
 *
 * @param failOn the least serious violation that fails the build
 * @param formats the report files to write
 * @param fixturePolicy severities for fixtures
 * @param pactPolicy severities for pact interactions
 * @param stubPolicy severities for WireMock stubs
 * @param limits input limits for all of them
 */
record VerifySettings(FailOn failOn, Set<ReportFormat> formats, SeverityPolicy fixturePolicy, SeverityPolicy pactPolicy,
        SeverityPolicy stubPolicy, Limits limits) {

    static VerifySettings read(String failOn, List<String> reportFormats, boolean strict, List<String> severities,
            String maxDocumentSize, Integer maxNestingDepth, Integer maxStringLength, Integer maxNumberLength)
            throws MojoExecutionException {
        List<String> overrides = split(severities);
        return new VerifySettings(
                setting("failOn", () -> FailOn.fromId(failOn)),
                setting("reportFormats", () -> formats(reportFormats)),
                setting("severities", () -> SeverityPolicy.defaults().configured(strict, overrides)),
                setting("severities", () -> PactChecker.defaultPolicy().configured(strict, overrides)),
                setting("severities", () -> StubMappingChecker.defaultPolicy().configured(strict, overrides)),
                limits(maxDocumentSize, maxNestingDepth, maxStringLength, maxNumberLength));
    }

    /** Reads one setting, turning a bad value into a one-line configuration error. */
    static <T> T setting(String name, Supplier<T> setting) throws MojoExecutionException {
        try {
            return setting.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(name + ": " + e.getMessage());
        }
    }

    /** Elements of a list parameter, each also split at commas, so both XML lists and {@code -Dx=a,b} work. */
    static List<String> split(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value == null ? new String[0] : value.split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        parts.add(part.trim());
                    }
                }
            }
        }
        return parts;
    }

    private static Set<ReportFormat> formats(List<String> reportFormats) {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String id : split(reportFormats)) {
            formats.add(ReportFormat.fromId(id));
        }
        return formats;
    }

    private static Limits limits(String maxDocumentSize, Integer maxNestingDepth, Integer maxStringLength,
            Integer maxNumberLength) throws MojoExecutionException {
        try {
            Long documentBytes = null;
            if (maxDocumentSize != null && !maxDocumentSize.isBlank()) {
                try {
                    documentBytes = LimitSettings.parseSize(maxDocumentSize);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("maxDocumentSize: " + e.getMessage(), e);
                }
            }
            return LimitSettings.withOverrides(Limits.defaults(), documentBytes, maxNestingDepth, maxStringLength,
                    maxNumberLength);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }
}
