package dev.runspec.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a folder of many recorded responses for timing whole commands ({@code runspec validate},
 * {@code runspec:verify}) on realistic input: copies of the {@code *.json} recordings of a source
 * folder, taken in turn, each with its first UUID replaced by a fresh one (the same seed gives the
 * same folder). It writes only into a folder that does not exist yet.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.runspec.benchmarks.RecordingFolder examples/recordings /tmp/runs-10k 10000
 * </pre>
 */
public final class RecordingFolder {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RecordingFolder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RecordingFolder SOURCE_FOLDER NEW_FOLDER COUNT");
            System.exit(2);
        }
        int count = Integer.parseInt(args[2]);
        write(Path.of(args[0]), Path.of(args[1]), count);
        System.out.println("wrote " + count + " recordings to " + args[1]);
    }

    /**
     * Writes {@code count} recordings into {@code target}, which must not exist yet.
     *
     * @throws IllegalArgumentException when {@code target} exists or {@code source} holds no recording
     */
    static void write(Path source, Path target, int count) throws IOException {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; name a folder that does not, so that nothing is overwritten");
        }
        List<Path> recordings;
        try (Stream<Path> walk = Files.walk(source)) {
            recordings = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (recordings.isEmpty()) {
            throw new IllegalArgumentException("no *.json recording under " + source);
        }
        List<String> texts = recordings.stream().map(RecordingFolder::read).toList();
        Random random = new Random(42);
        Files.createDirectories(target);
        for (int n = 0; n < count; n++) {
            int which = n % recordings.size();
            String text = withFreshId(texts.get(which), new UUID(random.nextLong(), random.nextLong()));
            String name = String.format("%06d-%s-%s", n, recordings.get(which).getParent().getFileName(), recordings.get(which).getFileName());
            Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    /** The text with its first UUID replaced by a version-4 form of {@code fresh}. */
    static String withFreshId(String text, UUID fresh) {
        Matcher first = UUID_TEXT.matcher(text);
        if (!first.find()) {
            return text;
        }
        String id = new UUID((fresh.getMostSignificantBits() & ~0xF000L) | 0x4000L,
                (fresh.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
        return text.replace(first.group(), id);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
