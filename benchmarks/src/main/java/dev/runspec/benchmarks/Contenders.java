package dev.runspec.benchmarks;

import java.util.function.Function;

/** Every validator in the comparison, by the name the results use. */
enum Contenders {

    NETWORKNT("networknt", RawNetworknt::new),
    RUNSPEC("runspec", RunspecCore::new),
    REST_ASSURED("restAssured", RestAssuredModule::new),
    ATLASSIAN("atlassian", schemaId -> new AtlassianOpenApi()),
    HARREL("harrel", HarrelJsonSchema::new);

    private final String benchmark;
    private final Function<String, Contender> factory;

    Contenders(String benchmark, Function<String, Contender> factory) {
        this.benchmark = benchmark;
        this.factory = factory;
    }

    /** The name of this contender's benchmark methods. */
    String benchmark() {
        return benchmark;
    }

    /** A new contender set up for one schema. */
    Contender create(String schemaId) {
        return factory.apply(schemaId);
    }
}
