package dev.runspec.junit;

import dev.runspec.core.Rule;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.JacksonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The form in which a {@link RecordedRuns} test takes each fixture, read from its first parameter's type. */
enum FixtureForm {
    TEXT, BYTES, FILE, TREE;

    /**
     * The form for this parameter type.
     *
     * @throws IllegalArgumentException naming the supported types when {@code type} is none of them
     */
    static FixtureForm of(Class<?> type) {
        if (type == byte[].class) {
            return BYTES;
        }
        if (type == Path.class) {
            return FILE;
        }
        if (type.isAssignableFrom(String.class)) {
            return TEXT;
        }
        if (JacksonTrees.isJacksonTreeType(type)) {
            return TREE;
        }
        throw new IllegalArgumentException("the first parameter takes each fixture and must be a String, byte[], "
                + "java.nio.file.Path or a JsonNode of Jackson 2 or 3, but was " + type.getTypeName());
    }

    /**
     * What the test receives for this fixture. Each call returns a new object, so the object itself
     * identifies the fixture when the invocation starts. A fixture that has no tree (not JSON), or
     * whose bytes could not be read, gets an empty placeholder, and {@link #isDeliverable} keeps
     * the test from seeing it: its own invocation fails, and the other fixtures still run. A
     * fixture that {@code failsBeforeTheBody} is not read again as text or bytes either, so a huge
     * recording refused by a limit costs no memory.
     */
    Object payload(Fixture fixture, ValidationResult result, boolean failsBeforeTheBody, Class<?> type) {
        if ((this == TEXT || this == BYTES) && (failsBeforeTheBody || unreadable(result))) {
            return this == TEXT ? new String() : new byte[0];
        }
        if (fixture.isLine() && (this == TEXT || this == BYTES)) {
            return this == TEXT ? new String(fixture.lineText()) : fixture.lineText().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return switch (this) {
                case TEXT -> text(Files.readAllBytes(fixture.path()));
                case BYTES -> Files.readAllBytes(fixture.path());
                case FILE -> fixture.path();
                case TREE -> JacksonTrees.parse(type, result.document().map(Object::toString).orElse("{}"));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded run " + fixture.location() + ": " + e.getMessage(), e);
        }
    }

    /** False when the test cannot be given this fixture in this form at all. */
    boolean isDeliverable(ValidationResult result) {
        return switch (this) {
            case TREE -> result.document().isPresent();
            case TEXT, BYTES -> !unreadable(result);
            case FILE -> true;
        };
    }

    private static boolean unreadable(ValidationResult result) {
        return result.violations().stream().anyMatch(v -> v.rule() == Rule.UNREADABLE);
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
