package dev.runspec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.runspec.core.RunValidator;
import dev.runspec.core.SchemaInfo;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.StringNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bodies that reach the lifecycle rules: a conforming document of a schema (the core's conforming
 * test documents and the example recordings) with a few of its members changed by the fuzzer, the
 * members the schema's lifecycle table names first (timestamps, status, durations, progress,
 * outputs). A timestamp is mostly moved by a fuzzed amount and written in a valid RFC 3339 form,
 * so the schema still accepts it and the order and difference rules run on it.
 */
final class LifecycleBodies {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Instant FALLBACK = Instant.parse("2026-05-06T10:00:00Z");
    private static final List<String> ODD_NUMBERS = List.of("0", "-0", "0.5", "1", "1.0", "-1", "1e400", "-1e400", "1E-400",
            "0.99999999999999999999", "1.00000000000000000001", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "3.0e0", "1e-7");

    /** One conforming document of a schema, with the words the schema's lifecycle table uses. */
    record Base(String schemaId, String name, Map<String, String> members, List<String> words) {
        @Override
        public String toString() {
            return schemaId + "/" + name;
        }
    }

    private LifecycleBodies() {
    }

    /**
     * The conforming documents, read from the source tree: {@code core/src/test/resources/conforming/<id>/}
     * and {@code examples/recordings/<id>/}, for every schema id of the catalogue that has any.
     */
    static List<Base> bases(RunValidator validator) {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        List<Base> bases = new ArrayList<>();
        for (SchemaInfo schema : validator.catalogue().schemas()) {
            List<String> words = lifecycleWords(schema.id());
            for (Path folder : List.of(root.resolve("core/src/test/resources/conforming").resolve(schema.id()),
                    root.resolve("examples/recordings").resolve(schema.id()))) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(file -> {
                        JsonNode document = read(file);
                        if (document.isObject() && validator.validate(schema.id(), file).isValid()) {
                            Map<String, String> members = new LinkedHashMap<>();
                            document.properties().forEach(e -> members.put(e.getKey(), MAPPER.writeValueAsString(e.getValue())));
                            bases.add(new Base(schema.id(), file.getFileName().toString(), members, words));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (bases.isEmpty()) {
            throw new IllegalStateException("no conforming documents under " + root + "/core/src/test/resources/conforming");
        }
        return List.copyOf(bases);
    }

    /** A body: the base with up to eight of its members changed, written compact or indented. */
    static String body(Base base, FuzzedDataProvider data) {
        return body(base, data, false);
    }

    /** A body on one line, as an NDJSON poll log holds it; a member may be changed to {@code member}'s value first. */
    static String line(Base base, FuzzedDataProvider data, String member, String value) {
        Base held = base;
        if (member != null) {
            Map<String, String> members = new LinkedHashMap<>(base.members());
            members.put(member, value);
            held = new Base(base.schemaId(), base.name(), members, base.words());
        }
        return body(held, data, true);
    }

    private static String body(Base base, FuzzedDataProvider data, boolean oneLine) {
        Map<String, String> members = new LinkedHashMap<>(base.members());
        List<String> names = new ArrayList<>(new LinkedHashSet<>(concat(base.words(), base.members().keySet())));
        int changes = data.consumeInt(0, 8);
        for (int i = 0; i < changes; i++) {
            String member = data.consumeBoolean() && !base.words().isEmpty()
                    ? data.pickValue(base.words()) : data.pickValue(names);
            change(members, member, base, data);
        }
        boolean indented = !oneLine && data.consumeBoolean();
        String newline = !oneLine && data.consumeBoolean() ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : members.entrySet()) {
            out.append(first ? "" : ",").append(indented ? newline + "  " : "")
                    .append(MAPPER.writeValueAsString(StringNode.valueOf(e.getKey()))).append(indented ? ": " : ":").append(e.getValue());
            first = false;
        }
        return out.append(indented ? newline : "").append('}').toString();
    }

    private static void change(Map<String, String> members, String member, Base base, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 11)) {
            case 0 -> members.remove(member);
            case 1 -> members.put(member, "null");
            case 2, 3 -> members.put(member, quoted(format(moved(instantOf(members, member, data), shift(data),
                    data.consumeLong(-1_000_000_000L, 1_000_000_000L)), data)));
            case 4 -> members.put(member, quoted(timestampFromParts(data)));
            case 5 -> {
                String other = data.pickValue(new ArrayList<>(members.keySet().isEmpty() ? Set.of(member) : members.keySet()));
                members.put(member, members.getOrDefault(other, "null"));
            }
            case 6 -> members.put(member, data.consumeBoolean() || base.words().isEmpty()
                    ? quoted(data.consumeString(24)) : quoted(data.pickValue(base.words())));
            case 7 -> members.put(member, data.consumeBoolean() ? Long.toString(data.consumeLong()) : data.pickValue(ODD_NUMBERS));
            case 8 -> {
                double value = data.consumeRegularDouble();
                members.put(member, data.consumeBoolean() ? Double.toString(value) : new BigDecimal(value).toPlainString());
            }
            case 9 -> members.put(member, difference(members, data));
            case 10 -> members.put(member, data.pickValue(List.of("[]", "{}", "[null]", "[{}]", "\"\"", "true", "false",
                    "[\"https://example.com/a.png\"]")));
            default -> members.put(member, data.consumeAsciiString(16).replace('\n', ' ').replace('\r', ' '));
        }
    }

    /** Seconds: mostly small, sometimes across centuries, now and then as far as an instant goes. */
    private static long shift(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeLong(-3, 3);
            case 1 -> data.consumeLong(-86_400, 86_400);
            case 2 -> data.consumeLong(-20_000L * 31_556_952, 20_000L * 31_556_952);
            default -> data.consumeLong(-1_000_000_000L * 31_556_952, 1_000_000_000L * 31_556_952);
        };
    }

    /** The instant moved, or the first or last instant there is when that lies beyond them. */
    private static Instant moved(Instant instant, long seconds, long nanos) {
        try {
            return instant.plusSeconds(seconds).plusNanos(nanos);
        } catch (DateTimeException | ArithmeticException e) {
            return seconds < 0 ? Instant.MIN : Instant.MAX;
        }
    }

    /** The member's timestamp, or another member's, or a fixed one. */
    private static Instant instantOf(Map<String, String> members, String member, FuzzedDataProvider data) {
        Instant own = parse(members.get(member));
        if (own != null && data.consumeBoolean()) {
            return own;
        }
        List<Instant> all = members.values().stream().map(LifecycleBodies::parse).filter(i -> i != null).toList();
        return all.isEmpty() ? FALLBACK : data.pickValue(all);
    }

    /** The difference in seconds of two timestamp members, give or take a little: what difference rules compare. */
    private static String difference(Map<String, String> members, FuzzedDataProvider data) {
        List<Instant> all = members.values().stream().map(LifecycleBodies::parse).filter(i -> i != null).toList();
        if (all.isEmpty()) {
            return "0";
        }
        Instant later = data.pickValue(all);
        Instant earlier = data.pickValue(all);
        BigDecimal seconds = BigDecimal.valueOf(later.getEpochSecond() - earlier.getEpochSecond())
                .add(BigDecimal.valueOf(later.getNano() - earlier.getNano(), 9));
        BigDecimal off = BigDecimal.valueOf(data.consumeInt(-2, 2), data.consumeInt(0, 12));
        return seconds.add(off).stripTrailingZeros().toPlainString();
    }

    private static Instant parse(String json) {
        if (json == null || json.length() < 3 || json.charAt(0) != '"') {
            return null;
        }
        try {
            return OffsetDateTime.parse(json.substring(1, json.length() - 1), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An RFC 3339 timestamp: Z or an offset, zero to nine fraction digits. */
    private static String format(Instant instant, FuzzedDataProvider data) {
        int offsetMinutes = data.consumeBoolean() ? 0 : data.consumeInt(-18 * 60, 18 * 60);
        int digits = data.consumeInt(0, 9);
        try {
            OffsetDateTime at = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            String fraction = digits == 0 ? "" : "." + String.format("%09d", at.getNano()).substring(0, digits);
            String zone = offsetMinutes == 0 && data.consumeBoolean() ? "Z" : at.getOffset().getId().replace("Z", "+00:00");
            return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", at.getYear(), at.getMonthValue(), at.getDayOfMonth(),
                    at.getHour(), at.getMinute(), at.getSecond(), fraction, zone);
        } catch (DateTimeException e) {
            return instant.toString();
        }
    }

    /** A timestamp written from fuzzed parts, each a little past its range now and then. */
    private static String timestampFromParts(FuzzedDataProvider data) {
        return String.format("%04d-%02d-%02d%s%02d:%02d:%02d%s%s", data.consumeInt(0, 10_000), data.consumeInt(0, 13),
                data.consumeInt(0, 32), data.pickValue(List.of("T", "t", " ")), data.consumeInt(0, 24), data.consumeInt(0, 60),
                data.consumeInt(0, 61), data.consumeBoolean() ? "" : "." + data.consumeInt(0, Integer.MAX_VALUE),
                data.pickValue(List.of("Z", "z", "+00:00", "-00:00", "+23:59", "-23:59", "+24:00", "+05:30", "")));
    }

    /**
     * A JSON string; a lone surrogate is written as its escape, so the body is text that has one
     * UTF-8 form (and the String, bytes and file forms are one document).
     */
    private static String quoted(String text) {
        String json = MAPPER.writeValueAsString(StringNode.valueOf(text));
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Member names and status values the schema's lifecycle table names, in its resource order. */
    private static List<String> lifecycleWords(String schemaId) {
        String resource = "dev/runspec/schemas/" + schemaId + ".lifecycle.json";
        try (InputStream in = LifecycleBodies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            Set<String> words = new LinkedHashSet<>();
            for (JsonNode rule : MAPPER.readTree(in).path("rules")) {
                collect(rule.path("when"), words);
                collect(rule.path("members"), words);
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.isString()) {
            words.add(node.asString());
        }
        node.values().forEach(child -> collect(child, words));
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
