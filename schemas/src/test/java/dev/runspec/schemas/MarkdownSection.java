package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ## } section of a spec file: its heading, the prose lines under it and at most one
 * table. Text before the first section (the file's title and introduction) is documentation only.
 */
record MarkdownSection(String heading, int line, List<String> text, MarkdownTable table) {

    static List<MarkdownSection> read(String source, List<String> lines) {
        List<MarkdownSection> sections = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("## ")) {
            i++;
        }
        while (i < lines.size()) {
            int headingLine = i + 1;
            String heading = lines.get(i).substring(3).strip();
            List<String> text = new ArrayList<>();
            MarkdownTable table = null;
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("## ")) {
                String line = lines.get(i);
                if (line.strip().startsWith("|")) {
                    int first = i;
                    while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
                        i++;
                    }
                    if (table != null) {
                        throw new SpecException(source, first + 1, "section '" + heading + "' has a second table; give it its own ## heading");
                    }
                    table = MarkdownTable.parse(source, first + 1, lines.subList(first, i));
                    continue;
                }
                if (!line.isBlank()) {
                    text.add(line.strip());
                }
                i++;
            }
            sections.add(new MarkdownSection(heading, headingLine, List.copyOf(text), table));
        }
        return sections;
    }
}
