package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One row of {@code spec/catalogue.md}: a schema id with its title, source page and one-line description. */
record CatalogueEntry(String id, String title, String source, String description) {

    static List<CatalogueEntry> read(String source, List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("|")) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            throw new SpecException(source, 1, "the catalogue needs a table | Id | Title | Source | Description |");
        }
        int end = first;
        while (end < lines.size() && lines.get(end).strip().startsWith("|")) {
            end++;
        }
        MarkdownTable table = MarkdownTable.parse(source, first + 1, lines.subList(first, end));
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (MarkdownTable.Row row : table.rows()) {
            CatalogueEntry entry = new CatalogueEntry(
                    MarkdownTable.plainText(row.cell("Id")), MarkdownTable.plainText(row.cell("Title")),
                    MarkdownTable.plainText(row.cell("Source")), MarkdownTable.plainText(row.cell("Description")));
            if (!entry.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new SpecException(source, row.line(), "id '" + entry.id() + "' must be lower-case words joined by hyphens");
            }
            if (entry.title().isEmpty() || entry.source().isEmpty() || entry.description().isEmpty()) {
                throw new SpecException(source, row.line(), "'" + entry.id() + "' needs a title, a source and a description");
            }
            if (!ids.add(entry.id())) {
                throw new SpecException(source, row.line(), "id '" + entry.id() + "' is listed twice");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }
}
