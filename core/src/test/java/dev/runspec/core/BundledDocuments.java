package dev.runspec.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The test documents under {@code src/test/resources/<folder>/<schema id>/}, as test arguments. */
final class BundledDocuments {

    private BundledDocuments() {
    }

    static Stream<Arguments> in(String folder) {
        try {
            Path root = Path.of(BundledDocuments.class.getResource("/" + folder).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                return documents.stream().map(f -> Arguments.of(root.relativize(f).getName(0).toString(), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
