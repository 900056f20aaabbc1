package dev.runspec.junit;

import dev.runspec.core.LineResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of the NDJSON lines that a test may be handed, by line number: only the lines the core
 * gave a verdict on, read once. A line the core refused without reading (over a size limit) or a
 * file that cannot be read as UTF-8 gets no text, and its invocation fails on its verdict alone.
 */
final class NdjsonFixtureLines {

    private NdjsonFixtureLines() {
    }

    static Map<Long, String> texts(Path file, List<LineResult> lines) {
        Set<Long> wanted = lines.stream().filter(l -> !l.result().violations().stream()
                        .anyMatch(v -> v.rule() == dev.runspec.core.Rule.LIMIT_EXCEEDED))
                .map(LineResult::lineNumber).collect(Collectors.toSet());
        Map<Long, String> texts = new HashMap<>();
        if (wanted.isEmpty()) {
            return texts;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (wanted.contains(number)) {
                    texts.put(number, number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            texts.clear();
        }
        return texts;
    }
}
