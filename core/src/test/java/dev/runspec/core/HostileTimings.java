package dev.runspec.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the hostile documents whose cost could grow faster than their size, for the figures in
 * {@code docs/hostile-input.md}; not a test and not a benchmark harness (JMH lives in
 * {@code benchmarks/}). Validates each ten times after a warm-up and prints every run in milliseconds.
 *
 * <pre>{@code
 * java -cp core/target/test-classes:core/target/classes:<core's class path> dev.runspec.core.HostileTimings
 * }</pre>
 */
public final class HostileTimings {

    private HostileTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("runspec-timings");
        RunValidator validator = RunValidator.create();
        for (HostileDocument document : new HostileDocument[] {HostileDocument.MEGABYTE_COST, HostileDocument.MEGABYTE_STRING,
            HostileDocument.DEEP_NESTING, HostileDocument.LONG_NUMBER}) {
            Path file = document.writeTo(folder);
            for (int i = 0; i < 5; i++) {
                validator.validate(HostileDocument.SCHEMA, file);
            }
            StringBuilder runs = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                ValidationResult result = validator.validate(HostileDocument.SCHEMA, file);
                runs.append(String.format(" %.1f", (System.nanoTime() - start) / 1e6));
                if (result.violations().size() > 1) {
                    throw new IllegalStateException(document + ": " + result.violations());
                }
            }
            System.out.println(document + " (" + Files.size(file) + " bytes), ms:" + runs);
            Files.delete(file);
        }
        Files.delete(folder);
    }
}
