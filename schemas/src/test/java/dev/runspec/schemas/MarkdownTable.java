package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown pipe table: a header row, a separator row and data rows. Cells are looked up by
 * header name, so a pasted provider page with extra columns (Description, Example) still reads.
 */
record MarkdownTable(int line, List<String> header, List<Row> rows) {

    private static final Pattern LINK = Pattern.compile("\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\([^)]*\\)");

    /** One data row; {@code line} is its 1-based line number in the source file. */
    record Row(int line, Map<String, String> cells) {

        /** The raw cell under {@code column}, trimmed; empty when the table has no such column. */
        String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Reads the table from consecutive lines that start with a pipe; the first is at {@code firstLine}. */
    static MarkdownTable parse(String source, int firstLine, List<String> lines) {
        if (lines.size() < 2 || !isSeparator(lines.get(1))) {
            throw new SpecException(source, firstLine, "a table needs a header row followed by a separator row (| --- |)");
        }
        List<String> header = splitRow(lines.get(0)).stream().map(MarkdownTable::plainText).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            int line = firstLine + i;
            List<String> cells = splitRow(lines.get(i));
            if (cells.size() != header.size()) {
                throw new SpecException(source, line, "row has " + cells.size() + " cells but the header has " + header.size());
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(line, byColumn));
        }
        return new MarkdownTable(firstLine, header, List.copyOf(rows));
    }

    /** Splits {@code | a | b \| c |} into {@code [a, b | c]}; an escaped pipe stays inside its cell. */
    static List<String> splitRow(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char ch = trimmed.charAt(i);
            if (ch == '\\' && i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Drops Markdown decoration: links keep their text; backticks and emphasis stars go. */
    static String plainText(String cell) {
        String text = cell;
        String previous;
        do {
            previous = text;
            text = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        } while (!text.equals(previous));
        return text.replace("`", "").replace("*", "").strip();
    }

    /** Strips only the surrounding backticks, for cells whose content is code (patterns). */
    static String code(String cell) {
        String text = cell.strip();
        if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static boolean isSeparator(String line) {
        return splitRow(line).stream().allMatch(cell -> cell.matches(":?-{3,}:?"));
    }
}
