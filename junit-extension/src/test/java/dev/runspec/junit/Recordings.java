package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The recorded runs under {@code src/test/resources/recordings}, read from the class path. */
final class Recordings {

    private Recordings() {
    }

    /** The text of {@code recordings/<name>}, for example {@code comfydeploy-v2/drifted.json}. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Recordings.class.getClassLoader().getResourceAsStream("recordings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test recording " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines a failure prints for the violations of {@code recordings/<name>} under
     * {@code schema}, each after {@code indent} and on its own line: made by the validator and the
     * formatter the extension uses, so that only {@code RecordedRunsTests} pins their words.
     */
    static String violationLines(String schema, String name, String indent) {
        return ViolationLines.block(RunValidator.create().validate(schema, bytes(name)).violations(), indent);
    }

    /** The failure line of the one violation at {@code pointer} in {@code recordings/<name>} under {@code schema}. */
    static String violationLine(String schema, String name, String pointer) {
        return RunValidator.create().validate(schema, bytes(name)).violations().stream()
                .filter(v -> v.pointer().equals(pointer)).map(ViolationLines::line)
                .reduce((a, b) -> {
                    throw new IllegalStateException("more than one violation at " + pointer);
                }).orElseThrow(() -> new IllegalStateException("no violation at " + pointer + " in " + name));
    }

    /** The folder holding the recordings, as a file-system path. */
    static Path folder() {
        try {
            return Path.of(Recordings.class.getClassLoader().getResource("recordings").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
