package dev.runspec.core;

import dev.runspec.core.internal.FileRefusals;
import dev.runspec.core.internal.LimitMessages;
import dev.runspec.core.internal.NewlinePositions;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks a poll log: the responses a client got, in the order it got them, several runs
 * interleaved. Each response is checked alone by the {@link RunValidator}; then, when an earlier
 * response of the same run (same schema, same run id member) was seen, the pair is checked
 * against the schema's {@code sequence-*} rules: a finished run that changes status, an identity
 * member that changes, a status that moves back, progress that goes down, outputs that disappear.
 * A sequence finding sits on the later response's member and names the earlier one as a
 * {@link RelatedLocation}.
 *
 * <p>Streaming: memory grows with the runs not yet finished, not with the responses. A run's
 * state moves to a bounded memory of recently finished runs when it reaches a terminal status
 * ({@link Builder#finishedRuns(int)}, so a change after the end is still caught), and is
 * forgotten when the run has not been seen for {@link Builder#idleGap(long)} responses. Not safe
 * for use by several threads at once; use one checker per poll log.
 *
 * <pre>{@code
 * SequenceChecker checker = SequenceChecker.create(RunValidator.create(), "runflow-v1");
 * ValidationResult first = checker.accept("polls.ndjson", 1, firstBody);
 * ValidationResult second = checker.accept("polls.ndjson", 2, secondBody);
 * }</pre>
 */
public final class SequenceChecker {

    /** How many responses a run may go unseen before it is forgotten, unless configured. */
    public static final long DEFAULT_IDLE_GAP = 100_000;
    /** How many finished runs are remembered, unless configured. */
    public static final int DEFAULT_FINISHED_RUNS = 10_000;

    private final RunValidator validator;
    private final String schemaId;
    private final long idleGap;
    private final int finishedRuns;
    private final PolicyLabels labels;
    private final Map<String, Tracker> trackers = new HashMap<>();
    /** Runs not finished, least recently seen first. */
    private final LinkedHashMap<String, PollSnapshot> open = new LinkedHashMap<>();
    /** Finished runs, least recently seen first, at most {@link #finishedRuns}. */
    private final LinkedHashMap<String, PollSnapshot> finished = new LinkedHashMap<>();
    private long responses;

    private SequenceChecker(Builder builder) {
        this.validator = builder.validator;
        this.schemaId = builder.schemaId;
        this.idleGap = builder.idleGap;
        this.finishedRuns = builder.finishedRuns;
        this.labels = new PolicyLabels(validator.policy());
        validator.catalogue().requireKnownOrAuto(schemaId);
    }

    /** A checker for responses of {@code schemaId} (or {@link RunValidator#AUTO}), with the default memory bounds. */
    public static SequenceChecker create(RunValidator validator, String schemaId) {
        return builder(validator, schemaId).build();
    }

    /** A builder for a checker that validates with {@code validator} against {@code schemaId} (or {@code auto}). */
    public static Builder builder(RunValidator validator, String schemaId) {
        return new Builder(Objects.requireNonNull(validator, "validator"), Objects.requireNonNull(schemaId, "schemaId"));
    }

    /**
     * Checks the next response of the log, as UTF-8 JSON bytes.
     *
     * @param input how reports name the input the response came from (a file name)
     * @param line the 1-based line of {@code input} where the response starts (1 for a file of its own)
     * @return the response's verdict: its own violations and those of its pair with the run's previous response
     */
    public ValidationResult accept(String input, long line, byte[] json) {
        Objects.requireNonNull(input, "input");
        ValidationResult own = validator.validate(schemaId, Objects.requireNonNull(json, "json"));
        return sequenced(input, line, moved(own, line, NewlinePositions.of(json)), json);
    }

    /** Checks the next response of the log, as JSON text; see {@link #accept(String, long, byte[])}. */
    public ValidationResult accept(String input, long line, String json) {
        return accept(input, line, Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks every line of an NDJSON poll log, streaming: one response per line, blank lines
     * skipped, each verdict handed to {@code each} in order. Does not close the stream.
     */
    public void acceptLines(String input, InputStream ndjson, Consumer<LineResult> each) {
        long[] lastLine = {1};
        FileRefusals refusals = new FileRefusals(validator.limits(), labels);
        try {
            new NdjsonLines(validator.limits().maxDocumentBytes()).split(ndjson, new NdjsonLines.Handler() {
                @Override
                public void line(long number, byte[] content) {
                    lastLine[0] = number;
                    each.accept(new LineResult(number, accept(input, number, content)));
                }

                @Override
                public void tooLong(long number, long length) {
                    lastLine[0] = number;
                    responses++;
                    Violation tooLarge = LimitMessages.documentTooLarge(length, validator.limits(), labels)
                            .withPosition((int) Math.min(Integer.MAX_VALUE, number), 1);
                    each.accept(new LineResult(number, new ValidationResult(schemaId, List.of(tooLarge), null)));
                }
            });
        } catch (IOException e) {
            each.accept(new LineResult(lastLine[0], refusals.unreadable(schemaId, "the input could not be read: " + FileRefusals.describe(e))));
        }
    }

    /** Checks an NDJSON poll log file, as {@link #acceptLines(String, InputStream, Consumer)}; a file that cannot be read is one verdict. */
    public void acceptLines(String input, Path ndjson, Consumer<LineResult> each) {
        FileRefusals refusals = new FileRefusals(validator.limits(), labels);
        Optional<ValidationResult> refused = refusals.refuse(schemaId, ndjson, false);
        if (refused.isPresent()) {
            each.accept(new LineResult(0, refused.get()));
            return;
        }
        try (InputStream in = Files.newInputStream(ndjson)) {
            acceptLines(input, in, each);
        } catch (IOException e) {
            each.accept(new LineResult(0, refusals.unreadable(schemaId, "the file could not be read: " + FileRefusals.describe(e))));
        }
    }

    /**
     * Checks a file that holds one response (a folder of recorded polls, one per file). A missing,
     * unreadable or oversized file is a verdict with one violation, as {@link RunValidator} gives it.
     */
    public ValidationResult acceptFile(String input, Path file) {
        FileRefusals refusals = new FileRefusals(validator.limits(), labels);
        Optional<ValidationResult> refused = refusals.refuse(schemaId, file, true);
        if (refused.isPresent()) {
            responses++;
            return refused.get();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            responses++;
            return refusals.unreadable(schemaId, "the file could not be read: " + FileRefusals.describe(e));
        }
        return accept(input, 1, bytes);
    }

    /**
     * Checks a whole sequence held in memory, in order; the responses are named
     * {@code input} and numbered from 1, as the lines of an NDJSON file.
     */
    public List<ValidationResult> checkAll(String input, Iterator<String> bodies) {
        List<ValidationResult> results = new ArrayList<>();
        for (long line = 1; bodies.hasNext(); line++) {
            results.add(accept(input, line, bodies.next()));
        }
        return results;
    }

    /** How many runs' states are held now: open runs plus remembered finished runs. */
    public int runsInMemory() {
        return open.size() + finished.size();
    }

    private ValidationResult sequenced(String input, long line, ValidationResult own, byte[] json) {
        long seen = ++responses;
        forgetIdleRuns(seen);
        JsonNode document = own.document().orElse(null);
        SequenceRules rules = SequenceRules.bundled(own.schemaId());
        if (document == null || !document.isObject() || rules == null) {
            return own;
        }
        JsonNode runId = document.get(rules.runId());
        if (runId == null || !(runId.isString() || runId.isIntegralNumber())) {
            return own;
        }
        Tracker tracker = trackers.computeIfAbsent(rules.schemaId(), id -> new Tracker(rules, labels));
        long[] positions = tracker.positions.scan(json);
        PollSnapshot later = PollSnapshot.of(input, line, document, rules.trackedMembers(), positions, seen);
        String key = rules.schemaId() + '\u0000' + runId.asString();
        PollSnapshot earlier = open.remove(key);
        if (earlier == null) {
            earlier = finished.remove(key);
        }
        boolean ended = rules.isTerminal(document.get(rules.status()));
        if (ended) {
            finished.put(key, later);
            if (finished.size() > finishedRuns) {
                Iterator<String> oldest = finished.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        } else {
            open.put(key, later);
        }
        if (earlier == null) {
            return own;
        }
        List<Violation> pair = tracker.pairCheck.check(earlier, later, document);
        if (pair.isEmpty()) {
            return own;
        }
        List<Violation> all = new ArrayList<>(own.violations());
        all.addAll(pair);
        return new ValidationResult(own.schemaId(), all, document);
    }

    private void forgetIdleRuns(long now) {
        for (Iterator<PollSnapshot> oldest = open.values().iterator(); oldest.hasNext(); ) {
            if (now - oldest.next().seen() <= idleGap) {
                return;
            }
            oldest.remove();
        }
    }

    /**
     * The verdict's positions moved to where the response starts in its input. Lines of the input
     * end at {@code \n} (as the sequence's own member positions count them): a column after a lone
     * {@code \r}, a line break to the JSON parser, is counted on along the same line.
     */
    private static ValidationResult moved(ValidationResult result, long line, NewlinePositions positions) {
        if ((line <= 1 && positions == null) || result.violations().isEmpty()) {
            return result;
        }
        List<Violation> moved = result.violations().stream()
                .map(v -> (v.line() > 0
                        ? v.withPosition(shifted(line, positions, v.line()), positions == null ? v.column() : positions.column(v.line(), v.column()))
                        : v.withPosition(shifted(line, 1), 1))
                        // a response's own verdict relates members of the same response (lifecycle rules)
                        .withRelated(v.related().stream()
                                .map(r -> r.line() > 0
                                        ? new RelatedLocation(r.description(), r.input(), r.pointer(), shifted(line, positions, r.line()),
                                                positions == null ? r.column() : positions.column(r.line(), r.column()))
                                        : r)
                                .toList()))
                .toList();
        return new ValidationResult(result.schemaId(), moved, result.document().orElse(null));
    }

    private static int shifted(long start, NewlinePositions positions, int parserLine) {
        return shifted(start, positions == null ? parserLine : positions.line(parserLine));
    }

    private static int shifted(long start, int lineInResponse) {
        return (int) Math.min(Integer.MAX_VALUE, start + lineInResponse - 1);
    }

    /** The per-schema parts: the member scanner and the pair check. */
    private static final class Tracker {
        final TopLevelPositions positions;
        final SequencePairCheck pairCheck;

        Tracker(SequenceRules rules, PolicyLabels labels) {
            this.positions = new TopLevelPositions(rules.trackedMembers());
            this.pairCheck = new SequencePairCheck(rules, labels);
        }
    }

    /** Configures a {@link SequenceChecker}. */
    public static final class Builder {

        private final RunValidator validator;
        private final String schemaId;
        private long idleGap = DEFAULT_IDLE_GAP;
        private int finishedRuns = DEFAULT_FINISHED_RUNS;

        private Builder(RunValidator validator, String schemaId) {
            this.validator = validator;
            this.schemaId = schemaId;
        }

        /** Forget a run not seen for this many responses ({@value SequenceChecker#DEFAULT_IDLE_GAP} by default). */
        public Builder idleGap(long responses) {
            if (responses < 1) {
                throw new IllegalArgumentException("idle gap must be at least 1 response, not " + responses);
            }
            this.idleGap = responses;
            return this;
        }

        /** Remember this many finished runs, to catch a change after the end ({@value SequenceChecker#DEFAULT_FINISHED_RUNS} by default; 0 for none). */
        public Builder finishedRuns(int runs) {
            if (runs < 0) {
                throw new IllegalArgumentException("finished runs must be 0 or more, not " + runs);
            }
            this.finishedRuns = runs;
            return this;
        }

        /**
         * The checker.
         *
         * @throws UnknownSchemaException when the catalogue knows no such schema
         */
        public SequenceChecker build() {
            return new SequenceChecker(this);
        }
    }
}
