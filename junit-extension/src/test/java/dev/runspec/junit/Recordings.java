package dev.runspec.junit;

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

    /** The folder holding the recordings, as a file-system path. */
    static Path folder() {
        try {
            return Path.of(Recordings.class.getClassLoader().getResource("recordings").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
