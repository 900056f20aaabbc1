package dev.runspec.benchmarks;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What no validator on Jackson can beat: reading the document into a tree (every validator here
 * does at least that), and streaming over its tokens without building anything.
 */
final class JacksonLimit {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The body as a tree. */
    JsonNode tree(Body body) {
        return mapper.readTree(body.bytes());
    }

    /** Walks every token and returns a sum of their kinds, so that no token can be skipped unseen. */
    long stream(Body body) {
        long sum = 0;
        try (JsonParser parser = mapper.createParser(body.bytes())) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                sum += token.id();
            }
        }
        return sum;
    }
}
