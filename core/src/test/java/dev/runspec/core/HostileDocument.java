package dev.runspec.core;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hostile and broken recordings every front end is tested with, each a variant of one
 * conforming Runflow run ({@value #SCHEMA}), with the verdict runspec must give: the rule and a
 * phrase of the one-line message, or no violation at all for the inputs that are odd but legal.
 * Large documents are generated when asked for, never committed; {@link #writeTo(Path)} streams
 * them to disk, so the 100 MB document costs no heap.
 */
public enum HostileDocument {

    TRUNCATED("truncated.json", Rule.MALFORMED_JSON, "the text ends before the JSON value is complete",
            (run, out) -> out.write(utf8(run.substring(0, run.indexOf("\"status_code\""))))),
    TRAILING_GARBAGE("trailing-garbage.json", Rule.MALFORMED_JSON, "there is more text after the end of the JSON value",
            (run, out) -> out.write(utf8(run + "\n<!-- served from cache -->\n"))),
    SINGLE_QUOTES("single-quotes.json", Rule.MALFORMED_JSON, "double quotes, not single quotes",
            (run, out) -> out.write(utf8(run.replace('"', '\'')))),
    COMMENTS("comments.json", Rule.MALFORMED_JSON, "comments are not allowed in JSON",
            (run, out) -> out.write(utf8("// GET /v1/runs/0196f1d2, saved by hand\n" + run))),
    NAN("nan.json", Rule.MALFORMED_JSON, "NaN and Infinity are not JSON numbers",
            (run, out) -> out.write(utf8(run.replace("\"duration_ms\": null", "\"duration_ms\": NaN")))),
    CONTROL_CHARACTER("control-character.json", Rule.MALFORMED_JSON, "a control character",
            (run, out) -> out.write(utf8(run.replace("catalog-sku-88213", "catalog\tsku\n88213")))),
    EMPTY("empty.json", Rule.MALFORMED_JSON, "the document is empty", (run, out) -> {
    }),
    WHITESPACE("whitespace.json", Rule.MALFORMED_JSON, "the document is empty",
            (run, out) -> out.write(utf8("  \n\t\r\n   \n"))),
    HTML_ERROR_PAGE("html-error-page.json", Rule.MALFORMED_JSON, "like an HTML page",
            (run, out) -> out.write(utf8("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
                    + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"))),
    BYTE_ORDER_MARK("byte-order-mark.json", null, "", (run, out) -> {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(utf8(run));
    }),
    INVALID_UTF8("invalid-utf8.json", Rule.MALFORMED_JSON, "not valid UTF-8", (run, out) -> {
        int at = run.indexOf("catalog-sku");
        out.write(utf8(run.substring(0, at)));
        out.write(new byte[] {'c', 'a', 'f', (byte) 0xE9, '-'});
        out.write(utf8(run.substring(at)));
    }),
    UTF16("utf16.json", Rule.MALFORMED_JSON, "encoded as UTF-16LE; JSON must be UTF-8", (run, out) -> {
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write(run.getBytes(StandardCharsets.UTF_16LE));
    }),
    DUPLICATE_KEY("duplicate-key.json", Rule.DUPLICATE_KEY, "\"status_code\" appears more than once",
            (run, out) -> out.write(utf8(run.replace("\"source_code\": \"api\",", "\"status_code\": \"queued\",\n  \"source_code\": \"api\",")))),
    DUPLICATE_NESTED_KEY("duplicate-nested-key.json", Rule.DUPLICATE_KEY, "\"sku\" appears more than once",
            (run, out) -> out.write(utf8(run.replace("\"sku\": \"88213\"", "\"sku\": \"88213\", \"sku\": \"88214\"")))),
    DEEP_NESTING("deep-nesting.json", Rule.LIMIT_EXCEEDED, "max-nesting-depth limit of 500", (run, out) -> {
        String[] parts = split(run, "\"metadata\": ");
        out.write(utf8(parts[0] + "\"metadata\": "));
        out.write(repeat('[', HostileDocument.DEPTH));
        out.write(repeat(']', HostileDocument.DEPTH));
        out.write(utf8(parts[1].substring(parts[1].indexOf('}') + 1)));
    }),
    MEGABYTE_STRING("megabyte-string.json", null, "",
            (run, out) -> out.write(utf8(run.replace("catalog-sku-88213", "r".repeat(HostileDocument.MEGABYTE))))),
    LONG_NUMBER("long-number.json", Rule.LIMIT_EXCEEDED, "max-number-length limit of 1000",
            (run, out) -> out.write(utf8(run.replace("\"duration_ms\": null", "\"duration_ms\": " + "9".repeat(10_000))))),
    MEGABYTE_COST("megabyte-cost.json", Rule.PATTERN, "expected a decimal number written as a string",
            (run, out) -> out.write(utf8(run.replace("\"cost\": null", "\"cost\": \"" + "0".repeat(HostileDocument.MEGABYTE) + "x\"")))),
    TOP_LEVEL_ARRAY("top-level-array.json", Rule.TYPE, "the document is an array; expected an object",
            (run, out) -> out.write(utf8("[" + run + "]"))),
    TOP_LEVEL_STRING("top-level-string.json", Rule.TYPE, "the document is a string",
            (run, out) -> out.write(utf8("\"queued\"\n"))),
    TOP_LEVEL_NULL("top-level-null.json", Rule.NULL, "the document is null; expected an object",
            (run, out) -> out.write(utf8("null\n"))),
    HUNDRED_MEGABYTES("hundred-megabytes.json", Rule.LIMIT_EXCEEDED,
            "more than the max-document-size limit of 16777216 bytes", (run, out) -> {
                String[] parts = split(run, "\"metadata\": {");
                out.write(utf8(parts[0] + "\"metadata\": {\"pad\": \""));
                byte[] chunk = repeat('x', HostileDocument.MEGABYTE);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
                out.write(utf8("\", " + parts[1]));
            });

    /** The schema every hostile document is a variant of. */
    public static final String SCHEMA = "runflow-v1";

    /** How deep {@link #DEEP_NESTING} nests its arrays. */
    public static final int DEPTH = 100_000;

    private static final int MEGABYTE = 1024 * 1024;

    private final String fileName;
    private final Rule rule;
    private final String reason;
    private final Content content;

    HostileDocument(String fileName, Rule rule, String reason, Content content) {
        this.fileName = fileName;
        this.rule = rule;
        this.reason = reason;
        this.content = content;
    }

    /** The conforming run the documents vary: a queued Runflow run, pretty-printed. */
    public static String conformingRun() {
        try (InputStream in = HostileDocument.class.getResourceAsStream("/conforming/runflow-v1/queued.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name front ends see, such as {@code truncated.json}. */
    public String fileName() {
        return fileName;
    }

    /** The rule of the single violation runspec reports, or {@code null} when the document conforms. */
    public Rule rule() {
        return rule;
    }

    /** A phrase the violation's one-line message contains; empty when the document conforms. */
    public String reason() {
        return reason;
    }

    /**
     * The limit the document is beyond, for the documents refused as {@link Rule#LIMIT_EXCEEDED}:
     * each front end ends their line with its own advice for that limit.
     */
    public java.util.Optional<Limit> limit() {
        return switch (this) {
            case DEEP_NESTING -> java.util.Optional.of(Limit.MAX_NESTING_DEPTH);
            case LONG_NUMBER -> java.util.Optional.of(Limit.MAX_NUMBER_LENGTH);
            case HUNDRED_MEGABYTES -> java.util.Optional.of(Limit.MAX_DOCUMENT_SIZE);
            default -> java.util.Optional.empty();
        };
    }

    /** True when runspec must accept the document: odd, but legal JSON that follows the schema. */
    public boolean conforms() {
        return rule == null;
    }

    /** True for the documents too large to hold in memory comfortably; front ends pass them as files. */
    public boolean isLarge() {
        return this == HUNDRED_MEGABYTES;
    }

    /** The document's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    /** Writes the document into {@code folder} under its {@link #fileName()}, streaming, and returns the file. */
    public Path writeTo(Path folder) {
        Path file = folder.resolve(fileName);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.write(conformingRun(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes the same hostility into {@code file}, applied to {@code container} instead of the bare
     * run: a conforming document that holds {@link #conformingRun()} verbatim, such as a pact file
     * whose response body is the run. A truncated run becomes a pact cut off in its body, a
     * duplicate key lands inside the body, a document that replaces the run whole (an HTML page,
     * {@code null}) replaces the whole container.
     */
    public Path writeEmbedded(String container, Path file) {
        if (!container.contains(conformingRun())) {
            throw new IllegalArgumentException("the container must hold the conforming run verbatim");
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.write(container, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes every hostile document into {@code folder}. */
    public static void writeAllTo(Path folder) {
        for (HostileDocument document : values()) {
            document.writeTo(folder);
        }
    }

    private void write(OutputStream out) {
        try {
            content.write(conformingRun(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(char c, int times) {
        return String.valueOf(c).repeat(times).getBytes(StandardCharsets.US_ASCII);
    }

    private static String[] split(String run, String at) {
        int i = run.indexOf(at);
        return new String[] {run.substring(0, i), run.substring(i + at.length())};
    }

    @FunctionalInterface
    private interface Content {
        void write(String run, OutputStream out) throws IOException;
    }
}
