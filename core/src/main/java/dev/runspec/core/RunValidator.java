package dev.runspec.core;

import dev.runspec.core.internal.JsonDocumentReader;
import dev.runspec.core.internal.JsonFiles;
import dev.runspec.core.internal.JsonReading;
import dev.runspec.core.internal.LimitMessages;
import dev.runspec.core.internal.NewlinePositions;
import dev.runspec.core.internal.ParsedDocument;
import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.core.internal.FileRefusals;
import dev.runspec.core.internal.JacksonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import dev.runspec.shaded.jackson.databind.JsonNode;

/**
 * Checks run responses against the catalogue's schemas, and then against each schema's lifecycle
 * rules (what a run's status says about its other members). Malformed or unreadable input is a result
 * (a violation), never an exception; only a schema id the catalogue does not know is thrown, as
 * {@link UnknownSchemaException}. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * ValidationResult result = RunValidator.create().validate("runflow-v1", body);
 * result.violations().forEach(System.out::println);
 * }</pre>
 */
public final class RunValidator {

    /** Schema id that asks the validator to pick the schema by the document's shape. */
    public static final String AUTO = "auto";

    private final SchemaCatalogue catalogue;
    private final SeverityPolicy policy;
    private final Limits limits;
    private final PolicyLabels labels;
    private final JsonDocumentReader reader;
    private final FileRefusals refusals;
    private final JsonFiles files;
    private final SchemaCheck schemaCheck;
    private final boolean lifecycleRules;
    private volatile RunValidator schemaOnly;

    private RunValidator(Builder builder) {
        this.catalogue = builder.catalogue;
        this.policy = builder.policy;
        this.limits = builder.limits;
        this.labels = new PolicyLabels(policy);
        this.reader = new JsonDocumentReader(limits, labels);
        this.refusals = new FileRefusals(limits, labels);
        this.files = new JsonFiles(limits, labels);
        this.lifecycleRules = builder.lifecycleRules;

        this.schemaCheck = new SchemaCheck(catalogue, labels, JsonReading.lenientMapper(limits), lifecycleRules);
    }

    /** A validator over the bundled schemas, with the default policy and limits. */
    public static RunValidator create() {
        return builder().build();
    }

    /** A builder starting from the bundled schemas, the default policy and the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The schemas this validator knows. */
    public SchemaCatalogue catalogue() {
        return catalogue;
    }

    /** The severity policy in force. */
    public SeverityPolicy policy() {
        return policy;
    }

    /** The limits in force. */
    public Limits limits() {
        return limits;
    }

    /** Whether each schema's lifecycle rules are checked after it (they are unless the builder says otherwise). */
    public boolean checksLifecycleRules() {
        return lifecycleRules;
    }

    /** This validator without the lifecycle rules: the same catalogue, policy and limits, the schema alone. */
    public RunValidator schemaOnly() {
        if (!lifecycleRules) {
            return this;
        }
        RunValidator made = schemaOnly;
        if (made == null) {
            made = new Builder().catalogue(catalogue).policy(policy).limits(limits).lifecycleRules(false).build();
            schemaOnly = made;
        }
        return made;
    }

    /** Validates JSON text. */
    public ValidationResult validate(String schemaId, String json) {
        requireKnown(schemaId);
        return schemaCheck.check(schemaId, reader.read(Objects.requireNonNull(json, "json")));
    }

    /** Validates JSON bytes (UTF-8, with or without a byte-order mark). */
    public ValidationResult validate(String schemaId, byte[] json) {
        requireKnown(schemaId);
        return schemaCheck.check(schemaId, reader.read(Objects.requireNonNull(json, "json")));
    }

    /** Validates what the stream holds, reading no more than the document size limit. Does not close it. */
    public ValidationResult validate(String schemaId, InputStream json) {
        requireKnown(schemaId);
        byte[] bytes;
        try {
            bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            return refusals.unreadable(schemaId, "the input could not be read: " + e.getMessage());
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return new ValidationResult(schemaId, List.of(LimitMessages.documentOverLimit(limits, labels)), null);
        }
        return schemaCheck.check(schemaId, reader.read(bytes));
    }

    /** Validates what the reader holds, reading no more than the document size limit. Does not close it. */
    public ValidationResult validate(String schemaId, Reader json) {
        requireKnown(schemaId);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = json.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxDocumentBytes()) {
                    return new ValidationResult(schemaId, List.of(LimitMessages.documentOverLimit(limits, labels)), null);
                }
            }
        } catch (IOException e) {
            return refusals.unreadable(schemaId, "the input could not be read: " + e.getMessage());
        }
        return schemaCheck.check(schemaId, reader.read(text.toString()));
    }

    /** Validates a file. A missing, unreadable, oversized or non-regular file is a violation, not an exception. */
    public ValidationResult validate(String schemaId, Path file) {
        requireKnown(schemaId);
        return schemaCheck.check(schemaId, files.read(file));
    }

    /**
     * Validates a document already parsed by the caller's own Jackson: a
     * {@code com.fasterxml.jackson.databind.JsonNode} (Jackson 2) or a
     * {@code tools.jackson.databind.JsonNode} (Jackson 3). runspec reads it as its JSON text, so
     * line and column refer to that text written on one line.
     *
     * @throws IllegalArgumentException when {@code jacksonTree} is not such a tree
     */
    public ValidationResult validate(String schemaId, Object jacksonTree) {
        requireKnown(schemaId);
        return validate(schemaId, JacksonTrees.jsonText(Objects.requireNonNull(jacksonTree, "jacksonTree")));
    }

    /**
     * Not API: validates a tree of runspec's own relocated Jackson ({@code dev.runspec.shaded}), as
     * runspec's modules hold them. Violations have no line and column.
     */
    public ValidationResult validate(String schemaId, JsonNode document) {
        requireKnown(schemaId);
        return schemaCheck.check(schemaId, new ParsedDocument(Objects.requireNonNull(document, "document"), List.of(), null));
    }

    /**
     * Validates an NDJSON file, one response per line, streaming: only one line is in memory at a
     * time. Blank lines are skipped. Each line gets its own result, handed to {@code each} in order;
     * a line beyond the document size limit is reported without being read into memory.
     */
    public void validateLines(String schemaId, Path ndjson, Consumer<LineResult> each) {
        requireKnown(schemaId);
        Optional<ValidationResult> refused = refusals.refuse(schemaId, ndjson, false);
        if (refused.isPresent()) {
            each.accept(new LineResult(0, refused.get()));
            return;
        }
        try (InputStream in = Files.newInputStream(ndjson)) {
            validateLines(schemaId, in, each);
        } catch (IOException e) {
            each.accept(new LineResult(0, refusals.unreadable(schemaId, "the file could not be read: " + FileRefusals.describe(e))));
        }
    }

    /** Validates NDJSON from a stream, as {@link #validateLines(String, Path, Consumer)}. Does not close it. */
    public void validateLines(String schemaId, InputStream ndjson, Consumer<LineResult> each) {
        requireKnown(schemaId);
        long[] lastLine = {1};
        try {
            new NdjsonLines(limits.maxDocumentBytes()).split(ndjson, new NdjsonLines.Handler() {
                @Override
                public void line(long number, byte[] content) {
                    lastLine[0] = number;
                    each.accept(new LineResult(number, onLine(number, schemaCheck.check(schemaId, reader.read(content)),
                            NewlinePositions.of(content))));
                }

                @Override
                public void tooLong(long number, long length) {
                    lastLine[0] = number;
                    each.accept(new LineResult(number, onLine(number, new ValidationResult(schemaId,
                            List.of(LimitMessages.documentTooLarge(length, limits, labels)), null), null)));
                }
            });
        } catch (IOException e) {
            each.accept(new LineResult(lastLine[0], refusals.unreadable(schemaId, "the input could not be read: " + FileRefusals.describe(e))));
        }
    }

    /**
     * The verdict of one NDJSON line placed on that line; a column after a lone {@code \r} inside
     * the line (a line break to the JSON parser, not to NDJSON) is counted from the line's start.
     */
    private ValidationResult onLine(long lineNumber, ValidationResult result, NewlinePositions positions) {
        int line = (int) Math.min(Integer.MAX_VALUE, lineNumber);
        List<Violation> moved = result.violations().stream()
                .map(v -> v.withPosition(line, inLine(positions, v.line(), v.column()))
                        .withRelated(v.related().stream()
                                .map(r -> new RelatedLocation(r.description(), r.input(), r.pointer(), line, inLine(positions, r.line(), r.column())))
                                .toList()))
                .toList();
        return new ValidationResult(result.schemaId(), moved, result.document().orElse(null));
    }

    private static int inLine(NewlinePositions positions, int line, int column) {
        if (column == 0) {
            return 1;
        }
        return positions == null || line == 0 ? column : positions.column(line, column);
    }

    private void requireKnown(String schemaId) {
        catalogue.requireKnownOrAuto(Objects.requireNonNull(schemaId, "schemaId"));
    }

    /** Configures a {@link RunValidator}. */
    public static final class Builder {

        private SchemaCatalogue catalogue;
        private SeverityPolicy policy = SeverityPolicy.defaults();
        private Limits limits = Limits.defaults();
        private boolean lifecycleRules = true;

        private Builder() {
        }

        /** The schemas to validate against; the bundled catalogue by default. */
        public Builder catalogue(SchemaCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The severity policy; {@link SeverityPolicy#defaults()} by default. */
        public Builder policy(SeverityPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The input limits; {@link Limits#defaults()} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether the schema's lifecycle rules ({@code lifecycle-*}, from
         * {@code schemas/spec/<id>.lifecycle.md}) are checked after it; {@code true} by default.
         * {@code false} checks the schema alone; to drop one rule, turn it off in the policy instead.
         */
        public Builder lifecycleRules(boolean check) {
            this.lifecycleRules = check;
            return this;
        }

        /** The validator. */
        public RunValidator build() {
            if (catalogue == null) {
                catalogue = SchemaCatalogue.bundled();
            }
            return new RunValidator(this);
        }
    }
}
