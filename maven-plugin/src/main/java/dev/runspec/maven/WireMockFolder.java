package dev.runspec.maven;

import dev.runspec.core.report.InputResult;
import dev.runspec.core.wiremock.StubMappingChecker;
import dev.runspec.core.wiremock.StubMappingFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The goal's {@code <wiremock>}: the stub mapping files of a WireMock root (or of its
 * {@code mappings} folder), found as pact files are ({@code *.json}, hidden ones left out, in path
 * order), each stub that fetches a run checked by core's {@link StubMappingChecker}.
 */
final class WireMockFolder {

    private WireMockFolder() {
    }

    static List<InputResult> check(File root, List<String> mappings, VerifySettings settings, InputNames names, Log log)
            throws MojoExecutionException {
        if (!root.isDirectory()) {
            throw new MojoExecutionException("WireMock directory " + names.of(root.toPath())
                    + " does not exist; check <wiremock> or runspec.wiremock");
        }
        StubMappingChecker checker = VerifySettings.setting("wiremockMappings", () -> {
            StubMappingChecker.Builder builder = StubMappingChecker.builder().policy(settings.stubPolicy()).limits(settings.limits());
            if (mappings != null) {
                mappings.stream().filter(m -> m != null && !m.isBlank()).forEach(m -> builder.map(m.trim()));
            }
            return builder.build();
        });
        Path folder = StubMappingFiles.mappingsFolder(root.toPath());
        List<Path> files;
        try {
            files = PactFolder.files(folder);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the WireMock directory " + names.of(folder) + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            log.warn("runspec: no WireMock mapping files (*.json) in " + names.of(folder));
        }
        List<InputResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(checker.check(file, names.of(file)));
        }
        return results;
    }
}
