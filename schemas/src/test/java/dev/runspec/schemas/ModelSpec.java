package dev.runspec.schemas;

import java.util.List;

/**
 * A {@code ## Name} section with a field table. A model without rows (and without an
 * {@code Other properties:} line) is free-form: an object whose keys are data, emitted inline as
 * {@code "type": "object"} instead of a {@code $defs} entry.
 *
 * @param reportUnknown   whether properties outside the table are reported ({@code x-report-unknown-properties})
 * @param otherProperties the type of every property outside the table ({@code additionalProperties}),
 *                        read from an {@code Other properties:} line, or null when they are untyped
 */
record ModelSpec(String name, String description, boolean reportUnknown, List<FieldSpec> fields,
        FieldSpec otherProperties, int line) {

    boolean freeForm() {
        return fields.isEmpty() && otherProperties == null;
    }
}
