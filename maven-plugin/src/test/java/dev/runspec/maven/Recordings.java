package dev.runspec.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Realistic recorded responses from the test resources, written into a test's folder. */
final class Recordings {

    static final String RUNFLOW_QUEUED = "runflow-queued.json";
    static final String COMFYDEPLOY_V2_RUNNING = "comfydeploy-v2-running.json";

    private Recordings() {
    }

    static String text(String name) {
        try (InputStream in = Recordings.class.getResourceAsStream("/runs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String fileName, String text) {
        try {
            Path file = folder.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The queued Runflow run with another status code: an {@code enum} error on line 9, column 18. */
    static String runflowWithStatus(String status) {
        return text(RUNFLOW_QUEUED).replace("\"status_code\": \"queued\"", "\"status_code\": \"" + status + "\"");
    }
}
