package dev.runspec.core.internal;

import dev.runspec.core.Limits;
import dev.runspec.shaded.jackson.core.StreamReadConstraints;
import dev.runspec.shaded.jackson.core.StreamReadFeature;
import dev.runspec.shaded.jackson.core.json.JsonFactory;
import dev.runspec.shaded.jackson.databind.DeserializationFeature;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;

/** The two Jackson mappers the reader needs, configured from {@link Limits}. */
public final class JsonReading {

    private JsonReading() {
    }

    /**
     * Strict JSON: duplicate keys and trailing tokens fail, limits enforced. The fast path.
     * Duplicates are caught as the tree is built (the object's map already reports a replaced
     * member) rather than by the parser's own detection, which keeps a set of names per object and
     * made every conforming document about a sixth slower to read.
     */
    public static JsonMapper strictMapper(Limits limits) {
        return JsonMapper.builder(factory(limits))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /** The same, but the last of duplicate keys wins; used once duplicates have been reported. */
    public static JsonMapper lenientMapper(Limits limits) {
        return JsonMapper.builder(factory(limits))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static JsonFactory factory(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(Math.max(limits.maxStringLength(), 1000))
                .maxDocumentLength(-1)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false)
                .build();
    }
}
