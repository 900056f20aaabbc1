package dev.runspec.maven;

import dev.runspec.core.ValidationResult;
import dev.runspec.core.Violation;
import dev.runspec.core.internal.ViolationJson;
import dev.runspec.core.report.InputResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.runspec.shaded.jackson.core.JacksonException;
import dev.runspec.shaded.jackson.databind.DeserializationFeature;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import dev.runspec.shaded.jackson.databind.node.ArrayNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;

/**
 * The verdicts of the goal's last run, kept in a state file under {@code target/runspec/}: for each
 * fixture its content hash and what validation found. A fixture whose content, schema id and
 * configuration fingerprint are unchanged gets its old verdict back instead of being validated
 * again. A missing, stale or unreadable state file only means that everything is validated.
 */
final class VerdictCache {

    /** Why the cache holds what it holds. */
    enum Origin {
        /** No state file: the first run, or the first after {@code mvn clean}. */
        NONE,
        /** A state file from a run with other settings, schemas or runspec code. */
        STALE,
        /** A state file that could not be read. */
        UNREADABLE,
        /** The verdicts of the last run with the same fingerprint. */
        LOADED
    }

    private static final int FORMAT = 3;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private record Key(String file, String schema) {
    }

    private record Stored(String sha256, List<InputResult> results) {
    }

    private final Origin origin;
    private final Map<Key, Stored> entries;

    private VerdictCache(Origin origin, Map<Key, Stored> entries) {
        this.origin = origin;
        this.entries = entries;
    }

    /** A cache that knows nothing. */
    static VerdictCache empty() {
        return new VerdictCache(Origin.NONE, Map.of());
    }

    /** The verdicts in {@code stateFile} when it was written under the same {@code fingerprint}. */
    static VerdictCache load(Path stateFile, String fingerprint) {
        if (!Files.isRegularFile(stateFile)) {
            return empty();
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(stateFile)) {
            root = MAPPER.readTree(in);
        } catch (IOException | JacksonException e) {
            return new VerdictCache(Origin.UNREADABLE, Map.of());
        }
        if (root == null || root.path("format").asInt() != FORMAT || !fingerprint.equals(root.path("fingerprint").asString(""))) {
            return new VerdictCache(Origin.STALE, Map.of());
        }
        try {
            Map<Key, Stored> entries = new HashMap<>();
            for (JsonNode fixture : root.path("fixtures")) {
                List<InputResult> results = new ArrayList<>();
                for (JsonNode result : fixture.path("results")) {
                    results.add(readResult(result));
                }
                entries.put(new Key(fixture.path("file").asString(), fixture.path("schema").asString()),
                        new Stored(fixture.path("sha256").asString(), List.copyOf(results)));
            }
            return new VerdictCache(Origin.LOADED, entries);
        } catch (RuntimeException e) {
            return new VerdictCache(Origin.UNREADABLE, Map.of());
        }
    }

    Origin origin() {
        return origin;
    }

    /** The fixture's earlier verdicts, named as the fixture is named now, when its content hash is the same. */
    Optional<List<InputResult>> lookup(Fixture fixture, String sha256) {
        Stored stored = entries.get(keyOf(fixture));
        if (stored == null || !stored.sha256().equals(sha256)) {
            return Optional.empty();
        }
        return Optional.of(stored.results().stream()
                .map(r -> new InputResult(fixture.input(), r.line(), r.result()))
                .toList());
    }

    /** Writes the verdicts of this run, replacing the state file in one step; unread fixtures are left out. */
    static void save(Path stateFile, String fingerprint, List<CheckedFixture> checked) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("fingerprint", fingerprint);
        ArrayNode fixtures = root.putArray("fixtures");
        for (CheckedFixture each : checked) {
            if (each.sha256() == null) {
                continue;
            }
            ObjectNode fixture = fixtures.addObject();
            Key key = keyOf(each.fixture());
            fixture.put("file", key.file());
            fixture.put("schema", key.schema());
            fixture.put("sha256", each.sha256());
            ArrayNode results = fixture.putArray("results");
            each.results().forEach(r -> results.add(writeResult(r)));
        }
        Files.createDirectories(stateFile.getParent());
        Path temporary = Files.createTempFile(stateFile.getParent(), stateFile.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                MAPPER.writeValue(out, root);
            }
            try {
                Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Key keyOf(Fixture fixture) {
        // A poll log checked as a sequence has other verdicts than the same file checked line by line.
        return new Key(fixture.file().toAbsolutePath().normalize().toString(),
                fixture.sequence() && fixture.lineDelimited() ? fixture.schema() + " sequence" : fixture.schema());
    }

    private static ObjectNode writeResult(InputResult input) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("line", input.line());
        result.put("schema", input.result().schemaId());
        ArrayNode violations = result.putArray("violations");
        for (Violation v : input.result().violations()) {
            violations.add(ViolationJson.write(v));
        }
        return result;
    }

    private static InputResult readResult(JsonNode result) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : result.path("violations")) {
            violations.add(ViolationJson.read(v));
        }
        return new InputResult("", result.path("line").asLong(),
                ValidationResult.of(result.path("schema").asString(), violations));
    }
}
