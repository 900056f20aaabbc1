package dev.runspec.core;

/**
 * A schema the catalogue knows.
 *
 * @param id stable id used everywhere, for example {@code runflow-v1}
 * @param title short human title
 * @param source the provider page and endpoint the schema comes from
 * @param description one line saying what the schema describes
 */
public record SchemaInfo(String id, String title, String source, String description) {
}
