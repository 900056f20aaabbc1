package dev.runspec.schemas;

import java.util.List;

/**
 * A {@code ## Name} section with a field table. A model without rows is free-form: an object
 * whose keys are data, emitted inline as {@code "type": "object"} instead of a {@code $defs} entry.
 *
 * @param reportUnknown whether properties outside the table are reported ({@code x-report-unknown-properties})
 */
record ModelSpec(String name, String description, boolean reportUnknown, List<FieldSpec> fields, int line) {

    boolean freeForm() {
        return fields.isEmpty();
    }
}
