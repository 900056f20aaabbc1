package dev.runspec.junit;

import dev.runspec.core.RunValidator;
import dev.runspec.core.ValidationResult;
import dev.runspec.core.internal.JacksonTrees;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.BaseStream;

/**
 * A run response under test, as {@link RunAssert} sees it: JSON text, JSON bytes, a file, a tree
 * of the test's own Jackson (2 or 3), or the body of an {@link HttpResponse}. Its {@code toString()} is the short form
 * failure messages show: the file, the request, or the start of the document on one line.
 */
public final class RunDocument {

    private static final int EXCERPT_LENGTH = 72;

    private final Object input;
    private final String description;

    private RunDocument(Object input, String description) {
        this.input = input;
        this.description = description;
    }

    /** A response body given as JSON text. */
    public static RunDocument of(String json) {
        return new RunDocument(Objects.requireNonNull(json, "json"), excerpt(json));
    }

    /** A response body given as JSON bytes (UTF-8, with or without a byte-order mark). */
    public static RunDocument of(byte[] json) {
        return new RunDocument(Objects.requireNonNull(json, "json"), excerpt(new String(json, StandardCharsets.UTF_8)));
    }

    /** A recorded response in a file. */
    public static RunDocument of(Path file) {
        return new RunDocument(Objects.requireNonNull(file, "file"), file.toString());
    }

    /**
     * A response already parsed by the test's own Jackson: a Jackson 2
     * {@code com.fasterxml.jackson.databind.JsonNode} or a Jackson 3
     * {@code tools.jackson.databind.JsonNode}. It is checked as its JSON text, so line and column
     * refer to that text on one line.
     *
     * @throws IllegalArgumentException when {@code jacksonTree} is not such a tree
     */
    public static RunDocument of(Object jacksonTree) {
        Objects.requireNonNull(jacksonTree, "jacksonTree");
        if (jacksonTree instanceof String text) {
            return of(text);
        }
        if (jacksonTree instanceof byte[] bytes) {
            return of(bytes);
        }
        if (jacksonTree instanceof Path file) {
            return of(file);
        }
        if (jacksonTree instanceof HttpResponse<?> response) {
            return of(response);
        }
        String json = JacksonTrees.jsonText(jacksonTree);
        return new RunDocument(json, excerpt(json));
    }

    /**
     * The body of a response read as a {@code String} or {@code byte[]}.
     *
     * @throws IllegalArgumentException when the body was read as anything else
     */
    public static RunDocument of(HttpResponse<?> response) {
        return of(response, "check", "");
    }

    /** As {@link #of(HttpResponse)}; the refusal says what could not be done with the response, and how else to do it. */
    static RunDocument of(HttpResponse<?> response, String verb, String alternative) {
        Objects.requireNonNull(response, "response");
        String origin = response.request().method() + " " + response.uri() + " (HTTP " + response.statusCode() + ")";
        Object body = response.body();
        if (!(body instanceof String) && !(body instanceof byte[])) {
            throw new IllegalArgumentException("cannot " + verb + " the response to " + origin + ": its body was read as "
                    + kind(body)
                    + "; read run responses with BodyHandlers.ofString() or ofByteArray()" + alternative);
        }
        return new RunDocument(body, origin);
    }

    ValidationResult validate(RunValidator validator, String schemaId) {
        if (input instanceof String text) {
            return validator.validate(schemaId, text);
        }
        if (input instanceof byte[] bytes) {
            return validator.validate(schemaId, bytes);
        }
        return validator.validate(schemaId, (Path) input);
    }

    /** The body as UTF-8 bytes, or {@code null} for a file (which is not kept in memory). */
    byte[] bytes() {
        if (input instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return input instanceof byte[] bytes ? bytes : null;
    }

    /** The file, the request, or the start of the document on one line. */
    @Override
    public String toString() {
        return description;
    }

    private static String kind(Object body) {
        if (body == null) {
            return "nothing (null)";
        }
        if (body instanceof InputStream) {
            return "an InputStream";
        }
        if (body instanceof BaseStream) {
            return "a Stream";
        }
        if (body instanceof Path) {
            return "a file (Path)";
        }
        return "a " + body.getClass().getName();
    }

    private static String excerpt(String json) {
        String line = json.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT_LENGTH ? line : line.substring(0, EXCERPT_LENGTH - 3) + "...";
    }
}
