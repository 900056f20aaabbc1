package dev.runspec.fuzz;

import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaInfo;
import dev.runspec.pact.PactChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Runs the code under test once before the first bounded call, so that class loading and each
 * schema's first compilation (seconds on a busy machine) are not counted against one input.
 */
final class Warmup {

    private Warmup() {
    }

    static void validator(RunValidator validator) {
        for (SchemaInfo schema : validator.catalogue().schemas()) {
            validator.validate(schema.id(), "{}");
        }
        validator.validate(RunValidator.AUTO, "{\"run_id\": null}");
    }

    /** Checks every file of a corpus folder next to this class once. */
    static void pactChecker(PactChecker checker, String corpus) {
        URL folder = Warmup.class.getResource(corpus);
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            files.forEach(checker::check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
