package dev.runspec.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The core's own test schema, {@code probe}, which exercises every rule on a small surface. */
public final class Probe {

    public static final String ID = "probe";

    private static final SchemaCatalogue CATALOGUE = SchemaCatalogue.bundled().withSchema(ID, "Probe", resource("probe.schema.json"));

    private Probe() {
    }

    public static SchemaCatalogue catalogue() {
        return CATALOGUE;
    }

    public static RunValidator validator() {
        return RunValidator.builder().catalogue(CATALOGUE).build();
    }

    static RunValidator validator(SeverityPolicy policy) {
        return RunValidator.builder().catalogue(CATALOGUE).policy(policy).build();
    }

    public static String resource(String name) {
        try (InputStream in = Probe.class.getResourceAsStream("/mechanics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
