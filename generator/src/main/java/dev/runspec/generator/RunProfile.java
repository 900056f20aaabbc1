package dev.runspec.generator;

import dev.runspec.core.internal.schema.SchemaNode;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * What one schema id's runs look like beyond their schema: the statuses in lifecycle order, the
 * members a status decides (timestamps, progress, outputs, failure, cost) and how, and the names
 * the near-miss catalogue needs. Everything else comes from the schema through {@link ValueFiller}.
 * A generator for a new schema id (a webhook body, say) is one more implementation registered in
 * {@link RunProfiles}.
 */
interface RunProfile {

    String schemaId();

    TimestampStyle style();

    /** Every status value, in lifecycle order. */
    List<String> statuses();

    /** The statuses after which nothing changes. */
    Set<String> terminalStatuses();

    /** The top-level members {@link #shape} sets; the filler leaves them alone. */
    Set<String> boundMembers();

    /** How likely an ordinary run leaves out the optional member at this path. */
    double absentChance(String path);

    /** A value of the profile's own for a loosely typed member, or null to let the filler decide. */
    JsonNode freeValue(String path, String name, ValueFiller filler);

    /** Sets the bound members of {@code run} for {@code status}, in schema order where it matters. */
    void shape(ObjectNode run, String status, RunTimeline timeline, ValueFiller filler, SchemaNode root);

    /** The member names near misses break. */
    DriftVocabulary vocabulary();
}
