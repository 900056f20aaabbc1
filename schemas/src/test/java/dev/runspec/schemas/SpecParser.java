package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the sections of a spec file into models and enums. Model tables need the columns
 * {@code Field}, {@code Type} and {@code Required}; {@code Nullable}, {@code Format},
 * {@code Values}, {@code Pattern} and {@code Notes} are optional, and other columns are ignored.
 */
final class SpecParser {

    private static final String ENUM_PREFIX = "Enum: ";
    private static final String KIND = "Kind:";
    private static final String UNKNOWN_PROPERTIES = "Unknown properties:";
    private static final String OTHER_PROPERTIES = "Other properties:";
    /** How errors name the {@code Other properties:} line, which has no field name of its own. */
    static final String OTHER_PROPERTIES_FIELD = "(other properties)";

    private SpecParser() {
    }

    static SchemaSpec parse(String source, List<String> lines) {
        List<ModelSpec> models = new ArrayList<>();
        Map<String, EnumSpec> enums = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (MarkdownSection section : MarkdownSection.read(source, lines)) {
            boolean isEnum = section.heading().startsWith(ENUM_PREFIX);
            String name = isEnum ? section.heading().substring(ENUM_PREFIX.length()).strip() : section.heading();
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new SpecException(source, section.line(), "section name '" + name + "' must be a plain identifier");
            }
            if (!names.add(name)) {
                throw new SpecException(source, section.line(), "'" + name + "' is defined twice");
            }
            if (isEnum) {
                enums.put(name, enumSpec(source, name, section));
            } else {
                models.add(model(source, name, section));
            }
        }
        if (models.isEmpty()) {
            throw new SpecException(source, 1, "no model section; the first ## section is the top model");
        }
        return new SchemaSpec(source, List.copyOf(models), Collections.unmodifiableMap(enums));
    }

    private static ModelSpec model(String source, String name, MarkdownSection section) {
        boolean reportUnknown = true;
        FieldSpec otherProperties = null;
        List<String> prose = new ArrayList<>();
        for (String text : section.text()) {
            if (text.startsWith(OTHER_PROPERTIES)) {
                if (otherProperties != null) {
                    throw new SpecException(source, section.line(), "'" + name + "' has a second '" + OTHER_PROPERTIES + "' line");
                }
                otherProperties = otherProperties(source, section, text.substring(OTHER_PROPERTIES.length()));
            } else if (text.startsWith(UNKNOWN_PROPERTIES)) {
                String value = text.substring(UNKNOWN_PROPERTIES.length()).strip();
                if (!value.equals("report") && !value.equals("allow")) {
                    throw new SpecException(source, section.line(), "'" + UNKNOWN_PROPERTIES + "' must be 'report' or 'allow', not '" + value + "'");
                }
                reportUnknown = value.equals("report");
            } else {
                prose.add(MarkdownTable.plainText(text));
            }
        }
        List<FieldSpec> fields = new ArrayList<>();
        if (section.table() != null) {
            for (String column : List.of("Field", "Type", "Required")) {
                if (!section.table().header().contains(column)) {
                    throw new SpecException(source, section.table().line(), "model table '" + name + "' has no '" + column + "' column");
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            for (MarkdownTable.Row row : section.table().rows()) {
                FieldSpec field = field(source, row);
                if (!seen.add(field.name())) {
                    throw new SpecException(source, row.line(), "field '" + field.name() + "' is listed twice in '" + name + "'");
                }
                fields.add(field);
            }
        }
        return new ModelSpec(name, String.join(" ", prose), reportUnknown && !fields.isEmpty(), List.copyOf(fields),
                otherProperties, section.line());
    }

    /**
     * {@code Other properties: <Type>}: the type every property outside the table must have. The
     * type is written as in the Type column; {@code Nullable[...]} lets the values be null, and
     * {@code Optional[...]} is refused because "absent" means nothing for a property that has no name.
     */
    private static FieldSpec otherProperties(String source, MarkdownSection section, String text) {
        TypeExpressionParser.ParsedType type;
        try {
            type = TypeExpressionParser.parse(MarkdownTable.plainText(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new SpecException(source, section.line(), "'" + OTHER_PROPERTIES + "' of '" + section.heading() + "': " + e.getMessage());
        }
        if (type.nullability() == TypeExpressionParser.Nullability.UNSTATED) {
            throw new SpecException(source, section.line(), "'" + OTHER_PROPERTIES + "' of '" + section.heading()
                    + "': write the bare type, or Nullable[...] when the values may be null, not Optional[...]");
        }
        return new FieldSpec(OTHER_PROPERTIES_FIELD, type.expression(), false,
                type.nullability() == TypeExpressionParser.Nullability.NULLABLE, null, null, null, "", section.line());
    }

    private static FieldSpec field(String source, MarkdownTable.Row row) {
        String name = MarkdownTable.plainText(row.cell("Field"));
        if (name.isEmpty()) {
            throw new SpecException(source, row.line(), "the Field cell is empty");
        }
        TypeExpressionParser.ParsedType type;
        try {
            type = TypeExpressionParser.parse(MarkdownTable.plainText(row.cell("Type")));
        } catch (IllegalArgumentException e) {
            throw new SpecException(source, row.line(), "field '" + name + "': " + e.getMessage());
        }
        boolean nullable = nullable(source, row, name, type.nullability());
        String notes = MarkdownTable.plainText(row.cell("Notes"));
        String description = notes.isEmpty() ? providerDescription(row) : notes;
        return new FieldSpec(name, type.expression(), required(source, row, name), nullable,
                emptyToNull(MarkdownTable.plainText(row.cell("Format"))),
                emptyToNull(MarkdownTable.plainText(row.cell("Values"))),
                emptyToNull(MarkdownTable.code(row.cell("Pattern"))),
                description, row.line());
    }

    private static boolean required(String source, MarkdownTable.Row row, String name) {
        String cell = MarkdownTable.plainText(row.cell("Required"));
        return switch (cell) {
            case ":heavy_check_mark:", "✔️", "✔", "yes" -> true;
            case ":heavy_minus_sign:", "➖", "no", "" -> false;
            default -> throw new SpecException(source, row.line(), "field '" + name + "': Required must be :heavy_check_mark: or :heavy_minus_sign:, not '" + cell + "'");
        };
    }

    /** The Nullable column wins over a plain type (the SDK knows more than the page) but may not contradict an explicit wrapper. */
    private static boolean nullable(String source, MarkdownTable.Row row, String name, TypeExpressionParser.Nullability stated) {
        String cell = MarkdownTable.plainText(row.cell("Nullable"));
        switch (cell) {
            case "" -> {
                if (stated == TypeExpressionParser.Nullability.UNSTATED) {
                    throw new SpecException(source, row.line(), "field '" + name
                            + "': Optional[...] means 'nullable' in older SDKs and 'may be absent' in newer ones; fill the Nullable column");
                }
                return stated == TypeExpressionParser.Nullability.NULLABLE;
            }
            case "yes" -> {
                return true;
            }
            case "no" -> {
                if (stated == TypeExpressionParser.Nullability.NULLABLE) {
                    throw new SpecException(source, row.line(), "field '" + name + "': the Type says nullable but the Nullable column says no");
                }
                return false;
            }
            default -> throw new SpecException(source, row.line(), "field '" + name + "': Nullable must be yes, no or empty, not '" + cell + "'");
        }
    }

    private static String providerDescription(MarkdownTable.Row row) {
        String description = MarkdownTable.plainText(row.cell("Description"));
        return description.equals("N/A") ? "" : description;
    }

    private static EnumSpec enumSpec(String source, String name, MarkdownSection section) {
        Boolean closed = null;
        for (String text : section.text()) {
            if (text.startsWith(KIND)) {
                String kind = text.substring(KIND.length()).strip();
                if (!kind.equals("closed") && !kind.equals("known-values")) {
                    throw new SpecException(source, section.line(), "enum '" + name + "': Kind must be 'closed' or 'known-values', not '" + kind + "'");
                }
                closed = kind.equals("closed");
            }
        }
        if (closed == null) {
            throw new SpecException(source, section.line(), "enum '" + name + "' needs a 'Kind: closed' or 'Kind: known-values' line");
        }
        if (section.table() == null || !section.table().header().contains("Value") || section.table().rows().isEmpty()) {
            throw new SpecException(source, section.line(), "enum '" + name + "' needs a table with a Value column and at least one row");
        }
        Set<String> values = new LinkedHashSet<>();
        for (MarkdownTable.Row row : section.table().rows()) {
            String value = MarkdownTable.plainText(row.cell("Value"));
            if (value.isEmpty() || !values.add(value)) {
                throw new SpecException(source, row.line(), "enum '" + name + "': value '" + value + "' is empty or listed twice");
            }
        }
        return new EnumSpec(name, closed, List.copyOf(values), section.line());
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
