package dev.runspec.schemas;

import java.util.List;

/**
 * A {@code ## Enum: Name} table. A closed enum becomes {@code enum} (an unlisted value is an
 * error); a known-values enum becomes {@code x-known-values} (an unlisted value is a warning).
 */
record EnumSpec(String name, boolean closed, List<String> values, int line) {
}
