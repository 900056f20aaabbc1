package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spec/<id>.lifecycle.md}: the {@code ## Rules} table of one schema, each row read into the
 * tree its {@code <id>.lifecycle.json} resource holds. Every cell is checked here, so a typo fails
 * the generator with the file and line of the row, never the core at run time.
 */
final class LifecycleTable {

    static final List<String> SHAPES = List.of("order", "present", "absent", "not-empty", "range", "difference", "values");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern ORDER = Pattern.compile("(" + NAME + ")\\s*<=\\s*(" + NAME + ")(?:\\s*\\+\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s))?");
    private static final Pattern RANGE = Pattern.compile("(" + NAME + ")\\s+in\\s+(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")");
    private static final Pattern DIFFERENCE = Pattern.compile("(" + NAME + ")\\s*=\\s*(" + NAME + ")\\s*-\\s*(" + NAME + ")\\s*\\((ms|s)\\)");
    private static final Pattern VALUES = Pattern.compile("(" + NAME + ")\\s+in\\s+(.+)");
    private static final Pattern WHEN = Pattern.compile("(" + NAME + ")\\s+(not in|in)\\s+(.+)");

    private LifecycleTable() {
    }

    /**
     * The rules of one table as JSON-ready maps, in row order.
     *
     * @param members the schema's top-level member names, which every member cell must name
     * @param numbers those of them that hold numbers: an {@code order} row over them compares
     *     numbers, any other compares timestamps
     */
    static List<Map<String, Object>> read(String source, List<String> lines, Set<String> members, Set<String> numbers) {
        MarkdownTable table = null;
        for (MarkdownSection section : MarkdownSection.read(source, lines)) {
            if (section.heading().equals("Rules")) {
                table = section.table();
            }
        }
        if (table == null) {
            throw new SpecException(source, 1, "a lifecycle table needs a '## Rules' section with a table"
                    + " | Rule | Shape | When | Members | Severity | Statement | Source | S/I |");
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (MarkdownTable.Row row : table.rows()) {
            Map<String, Object> rule = row(source, row, members, numbers);
            if (!ids.add((String) rule.get("id"))) {
                throw new SpecException(source, row.line(), "rule '" + rule.get("id") + "' is listed twice");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Map<String, Object> row(String source, MarkdownTable.Row row, Set<String> members, Set<String> numbers) {
        int line = row.line();
        String id = MarkdownTable.plainText(row.cell("Rule"));
        if (!id.matches("lifecycle(-[a-z0-9]+)+")) {
            throw new SpecException(source, line, "rule id '" + id + "' must be kebab-case and start with lifecycle-");
        }
        String shape = MarkdownTable.plainText(row.cell("Shape"));
        if (!SHAPES.contains(shape)) {
            throw new SpecException(source, line, "'" + id + "': shape '" + shape + "' is not one of " + String.join(", ", SHAPES));
        }
        String severity = MarkdownTable.plainText(row.cell("Severity"));
        if (!SEVERITIES.contains(severity)) {
            throw new SpecException(source, line, "'" + id + "': severity '" + severity + "' is not error, warning or info");
        }
        String statement = MarkdownTable.plainText(row.cell("Statement"));
        String origin = MarkdownTable.plainText(row.cell("Source"));
        String basis = MarkdownTable.plainText(row.cell("S/I"));
        if (statement.isEmpty() || origin.isEmpty()) {
            throw new SpecException(source, line, "'" + id + "' needs a statement and a source");
        }
        if (!basis.equals("S") && !basis.equals("I")) {
            throw new SpecException(source, line, "'" + id + "': S/I is '" + basis + "', not S or I");
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("shape", shape);
        String when = MarkdownTable.plainText(row.cell("When"));
        if (!when.isEmpty()) {
            Matcher m = WHEN.matcher(when);
            if (!m.matches()) {
                throw new SpecException(source, line, "'" + id + "': When '" + when + "' is not 'member in v1, v2' or 'member not in v1, v2'");
            }
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("member", member(source, line, id, members, m.group(1)));
            condition.put(m.group(2).equals("in") ? "in" : "notIn", list(m.group(3)));
            rule.put("when", condition);
        }
        String expression = MarkdownTable.plainText(row.cell("Members"));
        rule.put("expression", expression);
        Map<String, Object> parsed = members(source, line, id, shape, expression, members);
        if (shape.equals("order")) {
            boolean earlier = numbers.contains(parsed.get("earlier"));
            if (earlier != numbers.contains(parsed.get("later"))) {
                throw new SpecException(source, line, "'" + id + "' compares a number with something else");
            }
            if (earlier && ((Long) parsed.get("allowanceMillis")) != 0) {
                throw new SpecException(source, line, "'" + id + "' gives an allowance in time to two numbers");
            }
            parsed.put("compare", earlier ? "numbers" : "timestamps");
        }
        rule.put("members", parsed);
        rule.put("severity", severity);
        rule.put("statement", statement);
        rule.put("source", origin);
        rule.put("basis", basis);
        rule.put("line", line);
        return rule;
    }

    private static Map<String, Object> members(String source, int line, String id, String shape, String text, Set<String> members) {
        Map<String, Object> out = new LinkedHashMap<>();
        String syntax;
        Matcher m;
        switch (shape) {
            case "order" -> {
                syntax = "a <= b or a <= b + 1s";
                m = ORDER.matcher(text);
                if (m.matches()) {
                    out.put("earlier", member(source, line, id, members, m.group(1)));
                    out.put("later", member(source, line, id, members, m.group(2)));
                    long allowance = 0;
                    if (m.group(3) != null) {
                        double amount = Double.parseDouble(m.group(3));
                        allowance = Math.round(m.group(4).equals("s") ? amount * 1000 : amount);
                    }
                    out.put("allowanceMillis", allowance);
                    return out;
                }
            }
            case "present", "absent", "not-empty" -> {
                syntax = "one member name";
                if (text.matches(NAME)) {
                    out.put("member", member(source, line, id, members, text));
                    return out;
                }
            }
            case "range" -> {
                syntax = "m in 0..1";
                m = RANGE.matcher(text);
                if (m.matches()) {
                    out.put("member", member(source, line, id, members, m.group(1)));
                    out.put("min", m.group(2));
                    out.put("max", m.group(3));
                    return out;
                }
            }
            case "difference" -> {
                syntax = "d = b - a (s) or (ms)";
                m = DIFFERENCE.matcher(text);
                if (m.matches()) {
                    out.put("member", member(source, line, id, members, m.group(1)));
                    out.put("later", member(source, line, id, members, m.group(2)));
                    out.put("earlier", member(source, line, id, members, m.group(3)));
                    out.put("unit", m.group(4));
                    return out;
                }
            }
            default -> {
                syntax = "m in v1, v2";
                m = VALUES.matcher(text);
                if (m.matches()) {
                    out.put("member", member(source, line, id, members, m.group(1)));
                    out.put("in", list(m.group(2)));
                    return out;
                }
            }
        }
        throw new SpecException(source, line, "'" + id + "': Members '" + text + "' is not of the " + shape + " form: " + syntax);
    }

    private static String member(String source, int line, String id, Set<String> members, String name) {
        if (!members.contains(name)) {
            throw new SpecException(source, line, "'" + id + "' names '" + name + "', which is not a top-level member of the schema");
        }
        return name;
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        for (String value : text.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
