package dev.runspec.generator;

import dev.runspec.core.SchemaCatalogue;
import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.core.internal.schema.SchemaTree;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic run bodies of one schema id for client tests: conforming runs of a status, the
 * coverage set, and near misses. Deterministic: the same schema, status and seed give the same
 * bytes on every machine.
 *
 * <pre>{@code
 * RunGenerator runflow = RunGenerator.forSchema("runflow-v1");
 * runflow.runs("succeeded", 1).limit(50).map(GeneratedRun::json).forEach(client::parse);
 * }</pre>
 */
public final class RunGenerator {

    /** Rotate through every status. */
    public static final String ANY = "any";

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long COVERAGE_SEED = 20260105L;
    private static final int COVERAGE_MOST = 400;

    private final RunProfile profile;
    private final SchemaNode root;
    private final DocumentBuilder builder;

    private RunGenerator(RunProfile profile, SchemaNode root) {
        this.profile = profile;
        this.root = root;
        this.builder = new DocumentBuilder(profile, root);
    }

    /** The schema ids runs can be generated for. */
    public static List<String> schemaIds() {
        return RunProfiles.ids();
    }

    /**
     * The generator of one bundled schema id.
     *
     * @throws IllegalArgumentException naming the ids there are, when there is none for this one
     */
    public static RunGenerator forSchema(String schemaId) {
        RunProfile profile = RunProfiles.of(schemaId);
        return new RunGenerator(profile, SchemaTree.of(SchemaCatalogue.bundled(), schemaId).root());
    }

    public String schemaId() {
        return profile.schemaId();
    }

    /** Every status, in lifecycle order. */
    public List<String> statuses() {
        return profile.statuses();
    }

    /** The statuses after which a run does not change. */
    public Set<String> terminalStatuses() {
        return new TreeSet<>(profile.terminalStatuses());
    }

    /**
     * The one run of this status drawn from this document seed.
     *
     * @throws IllegalArgumentException naming the statuses there are, for an unknown one
     */
    public GeneratedRun run(String status, long seed) {
        requireStatus(status, false);
        return new GeneratedRun(profile.schemaId(), status, seed, DocumentBuilder.text(builder.build(status, seed, null)));
    }

    /**
     * An endless stream of runs of this status ({@link #ANY} rotates through every status), the
     * {@code i}-th drawn from a document seed derived from {@code seed} and {@code i}; take as many
     * as needed with {@code limit}. For the bodies alone: {@code .map(GeneratedRun::json)}.
     */
    public Stream<GeneratedRun> runs(String status, long seed) {
        requireStatus(status, true);
        List<String> statuses = ANY.equals(status) ? profile.statuses() : List.of(status);
        return LongStream.iterate(0, i -> i + 1)
                .mapToObj(i -> run(statuses.get((int) (i % statuses.size())), documentSeed(seed, i)));
    }

    /**
     * The coverage set: few documents that together show every value of every enum or
     * known-values member, every nullable member as null, every optional member absent and
     * present, and every status, so far as the lifecycle lets a member be null or absent
     * ({@link #coverageGaps()} names what it does not). Always the same documents.
     */
    public List<GeneratedRun> coverageSet() {
        Set<String> targets = Coverage.targets(root);
        CoverageChoices choices = new CoverageChoices();
        List<GeneratedRun> runs = new ArrayList<>();
        List<Set<String>> shown = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int statuses = profile.statuses().size();
        int sinceNew = 0;
        for (int i = 0; i < COVERAGE_MOST && (i < statuses || sinceNew < 6 * statuses); i++) {
            String status = profile.statuses().get(i % statuses);
            long seed = documentSeed(COVERAGE_SEED, i);
            ObjectNode document = builder.build(status, seed, choices);
            Set<String> documentShows = Coverage.shown(document, root);
            documentShows.retainAll(targets);
            documentShows.add("status " + status);
            int before = covered.size();
            covered.addAll(documentShows);
            sinceNew = covered.size() > before ? 0 : sinceNew + 1;
            runs.add(new GeneratedRun(profile.schemaId(), status, seed, DocumentBuilder.text(document)));
            shown.add(documentShows);
        }
        return prune(runs, shown);
    }

    /** Drops, latest first, each document whose targets the others already show. */
    private static List<GeneratedRun> prune(List<GeneratedRun> runs, List<Set<String>> shown) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            kept.add(i);
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            Set<String> others = new TreeSet<>();
            for (int j : kept) {
                if (j != i) {
                    others.addAll(shown.get(j));
                }
            }
            if (others.containsAll(shown.get(i))) {
                kept.remove(Integer.valueOf(i));
            }
        }
        return kept.stream().map(runs::get).toList();
    }

    /**
     * The coverage targets that no document of {@link #coverageSet()} shows, such as
     * {@code /created_at absent}: the members the lifecycle does not let be null or absent.
     */
    public Set<String> coverageGaps() {
        Set<String> gaps = Coverage.targets(root);
        coverageSet().forEach(run -> gaps.removeAll(Coverage.shown(DocumentBuilder.MAPPER.readTree(run.json()), root)));
        return gaps;
    }

    /** Every coverage target of the schema, such as {@code /gpu = A10G} or {@code /model absent}. */
    public Set<String> coverageTargets() {
        return Coverage.targets(root);
    }

    /** The near misses of one conforming run, each breaking one rule. */
    public List<NearMiss> nearMisses(GeneratedRun run) {
        if (!run.schemaId().equals(profile.schemaId())) {
            throw new IllegalArgumentException("run of " + run.schemaId() + " given to the " + profile.schemaId()
                    + " generator");
        }
        return new NearMissCatalogue(profile).of(run);
    }

    /** The near misses of {@link #runs(String, long)}, run after run: an endless stream. */
    public Stream<NearMiss> nearMisses(String status, long seed) {
        return runs(status, seed).flatMap(run -> nearMisses(run).stream());
    }

    private void requireStatus(String status, boolean anyAllowed) {
        if (status == null || !(profile.statuses().contains(status) || anyAllowed && ANY.equals(status))) {
            throw new IllegalArgumentException("unknown status '" + status + "' for " + profile.schemaId()
                    + "; expected " + (anyAllowed ? ANY + " or " : "") + "one of " + String.join(", ", profile.statuses()));
        }
    }

    /** The seed of the {@code index}-th document of a stream: a SplitMix64 step, the same everywhere. */
    static long documentSeed(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
