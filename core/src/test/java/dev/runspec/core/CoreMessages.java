package dev.runspec.core;

/**
 * The core's one-line refusals as the core makes them, for the tests of the front ends that pass
 * them on: the exact words are pinned once, in the core's own tests, and the front ends' tests
 * compare with what the core says here instead of repeating them.
 */
public final class CoreMessages {

    private CoreMessages() {
    }

    /** {@code unknown schema id 'ID'; known ids: ... (or auto)}, pinned in {@code HostileInputTests}. */
    public static String unknownSchema(String id) {
        try {
            SchemaCatalogue.bundled().requireKnownOrAuto(id);
        } catch (UnknownSchemaException e) {
            return e.getMessage();
        }
        throw new IllegalArgumentException(id + " is a known schema id");
    }

    /** The refusal of an unknown fail-on value, pinned in {@code FailOnTests}. */
    public static String unknownFailOn(String value) {
        try {
            FailOn.fromId(value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new IllegalArgumentException(value + " is a fail-on value");
    }
}
