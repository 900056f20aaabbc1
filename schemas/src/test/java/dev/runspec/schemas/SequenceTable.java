package dev.runspec.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed {@code spec/<id>.sequence.md}: which member holds the run id and the status, the
 * terminal statuses, the allowed status transitions and the rule rows, checked row by row so a
 * mistake is reported with its file and line.
 */
record SequenceTable(String schemaId, String source, String runId, String status, List<String> terminal,
        Map<String, List<String>> transitions, List<SequenceRow> rules) {

    static final Set<String> SHAPES = Set.of("terminal", "transition", "follows", "constant", "non-decreasing",
            "set-once", "reset", "kept");

    /** One row of the {@code ## Rules} table. {@code from} and {@code to} are status lists (terminal, follows). */
    record SequenceRow(int line, String id, String shape, When when, List<String> members, List<String> from,
            List<String> to, String severity, String statement, String factSource, String fact) {
    }

    /** A {@code When} clause: {@code member in a, b} or {@code member not in a, b}. */
    record When(String member, boolean negated, List<String> values) {
    }

    static SequenceTable parse(String schemaId, String source, List<String> lines) {
        Map<String, MarkdownSection> sections = new LinkedHashMap<>();
        for (MarkdownSection section : MarkdownSection.read(source, lines)) {
            sections.put(section.heading(), section);
        }
        MarkdownTable run = table(source, sections, "Run");
        Map<String, String> keys = new LinkedHashMap<>();
        for (MarkdownTable.Row row : run.rows()) {
            keys.put(MarkdownTable.plainText(row.cell("Key")), MarkdownTable.plainText(row.cell("Members")));
        }
        String runId = required(source, run, keys, "run id");
        String status = required(source, run, keys, "status");
        List<String> terminal = list(required(source, run, keys, "terminal"));
        Set<String> known = new LinkedHashSet<>(terminal);
        Map<String, List<String>> transitions = new LinkedHashMap<>();
        for (MarkdownTable.Row row : table(source, sections, "Transitions").rows()) {
            String from = MarkdownTable.plainText(row.cell("Status"));
            if (terminal.contains(from)) {
                throw new SpecException(source, row.line(), "'" + from
                        + "' is terminal; sequence-terminal-changed speaks for it, so it has no transitions row");
            }
            if (transitions.put(from, list(MarkdownTable.plainText(row.cell("May be followed by")))) != null) {
                throw new SpecException(source, row.line(), "'" + from + "' has two rows");
            }
            known.add(from);
        }
        transitions.forEach((from, next) -> next.stream().filter(s -> !known.contains(s)).findFirst().ifPresent(s -> {
            throw new SpecException(source, run.line(), "transitions from '" + from + "' name '" + s
                    + "', which is neither terminal nor has a row of its own");
        }));
        List<SequenceRow> rules = new ArrayList<>();
        for (MarkdownTable.Row row : table(source, sections, "Rules").rows()) {
            rules.add(row(source, row, status, terminal, known));
        }
        return new SequenceTable(schemaId, source, runId, status, terminal, transitions, List.copyOf(rules));
    }

    private static SequenceRow row(String source, MarkdownTable.Row row, String status, List<String> terminal, Set<String> known) {
        String id = MarkdownTable.plainText(row.cell("Rule"));
        if (!id.matches("sequence(-[a-z0-9]+)+")) {
            throw new SpecException(source, row.line(), "rule id '" + id + "' must be kebab-case and start with sequence-");
        }
        String shape = MarkdownTable.plainText(row.cell("Shape"));
        if (!SHAPES.contains(shape)) {
            throw new SpecException(source, row.line(), "shape '" + shape + "' is not one of " + String.join(", ", SHAPES.stream().sorted().toList()));
        }
        String severity = MarkdownTable.plainText(row.cell("Severity"));
        String fact = MarkdownTable.plainText(row.cell("S/I"));
        if (!List.of("error", "warning", "info").contains(severity)) {
            throw new SpecException(source, row.line(), "severity '" + severity + "' is not error, warning or info");
        }
        if (!fact.equals("S") && !fact.equals("I")) {
            throw new SpecException(source, row.line(), "S/I must be S (stated) or I (inferred), not '" + fact + "'");
        }
        if (fact.equals("I") && severity.equals("error")) {
            throw new SpecException(source, row.line(), "'" + id + "' rests on an inferred fact, so it warns; it cannot be an error");
        }
        String statement = MarkdownTable.plainText(row.cell("Statement"));
        String factSource = MarkdownTable.plainText(row.cell("Source"));
        if (statement.isEmpty() || factSource.isEmpty()) {
            throw new SpecException(source, row.line(), "'" + id + "' needs a statement and a source");
        }
        When when = when(source, row.line(), MarkdownTable.plainText(row.cell("When")));
        String members = MarkdownTable.plainText(row.cell("Members"));
        List<String> names;
        List<String> from = List.of();
        List<String> to = List.of();
        switch (shape) {
            case "terminal" -> {
                int at = members.indexOf(" from ");
                names = List.of(at < 0 ? members.strip() : members.substring(0, at).strip());
                from = at < 0 ? terminal : list(members.substring(at + " from ".length()));
                from.stream().filter(s -> !terminal.contains(s)).findFirst().ifPresent(s -> {
                    throw new SpecException(source, row.line(), "'" + s + "' is not a terminal status of the Run table");
                });
            }
            case "follows" -> {
                int arrow = members.indexOf("->");
                if (arrow < 0) {
                    throw new SpecException(source, row.line(), "follows needs 'earlier statuses -> later statuses' (or -> any)");
                }
                names = List.of(status);
                from = list(members.substring(0, arrow));
                to = list(members.substring(arrow + 2));
                for (String s : concat(from, to)) {
                    if (!s.equals("any") && !known.contains(s)) {
                        throw new SpecException(source, row.line(), "'" + s + "' is not a status of this table");
                    }
                }
            }
            default -> names = list(members);
        }
        if (names.isEmpty() || names.stream().anyMatch(n -> !n.matches("[A-Za-z_][A-Za-z0-9_]*"))) {
            throw new SpecException(source, row.line(), "members '" + members + "' must be top-level member names separated by commas");
        }
        if ((shape.equals("terminal") || shape.equals("transition")) && !names.equals(List.of(status))) {
            throw new SpecException(source, row.line(), shape + " speaks of the status member '" + status + "' only");
        }
        return new SequenceRow(row.line(), id, shape, when, names, from, to, severity, statement, factSource, fact);
    }

    private static When when(String source, int line, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String[] negated = text.split(" not in ", 2);
        String[] plain = text.split(" in ", 2);
        if (negated.length == 2) {
            return new When(negated[0].strip(), true, list(negated[1]));
        }
        if (plain.length == 2) {
            return new When(plain[0].strip(), false, list(plain[1]));
        }
        throw new SpecException(source, line, "When '" + text + "' must be 'member in a, b' or 'member not in a, b'");
    }

    private static MarkdownTable table(String source, Map<String, MarkdownSection> sections, String heading) {
        MarkdownSection section = sections.get(heading);
        if (section == null || section.table() == null) {
            throw new SpecException(source, 1, "needs a '## " + heading + "' section with a table");
        }
        return section.table();
    }

    private static String required(String source, MarkdownTable run, Map<String, String> keys, String key) {
        String value = keys.get(key);
        if (value == null || value.isEmpty()) {
            throw new SpecException(source, run.line(), "the Run table needs a '" + key + "' row");
        }
        return value;
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
