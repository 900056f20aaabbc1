package dev.runspec.core;

import dev.runspec.core.internal.PolicyLabels;
import dev.runspec.core.internal.ShortText;
import dev.runspec.shaded.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks two consecutive responses of one run against the rows of its {@link SequenceRules}: each
 * finding is placed on the later response's member and names the earlier one.
 */
final class SequencePairCheck {

    private final SequenceRules rules;
    private final PolicyLabels labels;

    SequencePairCheck(SequenceRules rules, PolicyLabels labels) {
        this.rules = rules;
        this.labels = labels;
    }

    List<Violation> check(PollSnapshot earlier, PollSnapshot later, JsonNode laterDocument) {
        List<Violation> found = new ArrayList<>(0);
        int status = rules.trackedMembers().indexOf(rules.status());
        String from = text(earlier.values()[status]);
        String to = text(later.values()[status]);
        for (SequenceRules.Row row : rules.rows()) {
            if (row.when() != null && !row.when().holds(laterDocument)) {
                continue;
            }
            switch (row.shape()) {
                case TERMINAL -> {
                    if (from != null && to != null && !from.equals(to) && row.from().contains(from)) {
                        found.add(finding(row, status, earlier, later, "went from", ""));
                    }
                }
                case TRANSITION -> {
                    // After a terminal status the terminal rows speak; a status the table does not know is
                    // the schema's finding (enum or unknown-value), not this one.
                    if (from != null && to != null && !from.equals(to) && rules.transitions().containsKey(from)
                            && (rules.terminal().contains(to) || rules.transitions().containsKey(to))
                            && !rules.transitions().get(from).contains(to)) {
                        found.add(finding(row, status, earlier, later, "went from", "; after " + from + " only "
                                + String.join(", ", rules.transitions().get(from)) + " may follow"));
                    }
                }
                case FOLLOWS -> {
                    if (from != null && to != null && !from.equals(to) && row.from().contains(from)
                            && (row.to().contains("any") || row.to().contains(to))) {
                        found.add(finding(row, status, earlier, later, "went from", ""));
                    }
                }
                case CONSTANT -> eachMember(row, earlier, later, (m, e, l) -> {
                    if (e instanceof JsonNode a && l instanceof JsonNode b && !sameValue(a, b)) {
                        found.add(finding(row, m, earlier, later, "changed from", ""));
                    }
                });
                case NON_DECREASING -> eachMember(row, earlier, later, (m, e, l) -> {
                    if (e instanceof JsonNode a && l instanceof JsonNode b && compare(a, b) > 0) {
                        found.add(finding(row, m, earlier, later, "went back from", ""));
                    }
                });
                case SET_ONCE -> eachMember(row, earlier, later, (m, e, l) -> {
                    boolean changed = e instanceof JsonNode a && later.present()[m]
                            && !(l instanceof JsonNode b && (sameValue(a, b) || sameInstant(a, b)));
                    if (changed && !(l == null && resetSpeaksFor(m, laterDocument))) {
                        found.add(finding(row, m, earlier, later, "changed from", ""));
                    }
                });
                case RESET -> eachMember(row, earlier, later, (m, e, l) -> {
                    if (e != null && l == null && later.present()[m]) {
                        found.add(finding(row, m, earlier, later, "went from", " while " + rules.status() + " is "
                                + quote(later.values()[status])));
                    }
                });
                case KEPT -> eachMember(row, earlier, later, (m, e, l) -> {
                    if (size(e) > size(l)) {
                        found.add(finding(row, m, earlier, later, "went from", ""));
                    }
                });
                default -> throw new IllegalStateException(row.shape().toString());
            }
        }
        return found;
    }

    private interface MemberCheck {
        void check(int member, Object earlier, Object later);
    }

    private void eachMember(SequenceRules.Row row, PollSnapshot earlier, PollSnapshot later, MemberCheck check) {
        for (String name : row.members()) {
            int m = rules.trackedMembers().indexOf(name);
            check.check(m, earlier.values()[m], later.values()[m]);
        }
    }

    private String member(int m) {
        return rules.trackedMembers().get(m);
    }

    /** Whether a reset row of this table covers a member going to null in the later response. */
    private boolean resetSpeaksFor(int m, JsonNode laterDocument) {
        String name = member(m);
        return rules.rows().stream().anyMatch(r -> r.shape() == SequenceRules.Shape.RESET && r.members().contains(name)
                && (r.when() == null || r.when().holds(laterDocument)));
    }

    private Violation finding(SequenceRules.Row row, int m, PollSnapshot earlier, PollSnapshot later, String verb, String detail) {
        String name = member(m);
        Object before = earlier.values()[m];
        Object after = later.values()[m];
        String where = Objects.equals(earlier.input(), later.input())
                ? "line " + earlier.lineOf(m)
                : earlier.input() + ":" + earlier.lineOf(m);
        String message = name + " " + verb + " " + describe(before) + " (" + where + ") to " + describe(after) + detail
                + "; " + lowerFirst(row.statement());
        Violation v = labels.violation("/" + name, row.rule(), report(before), report(after), message,
                later.lineOf(m), later.columnOf(m));
        RelatedLocation place = new RelatedLocation("earlier poll",
                Objects.equals(earlier.input(), later.input()) ? null : earlier.input(),
                "/" + name, earlier.lineOf(m), earlier.columnOf(m));
        return v.withRelated(List.of(place));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Integer size) {
            return size + (size == 1 ? " entry" : " entries");
        }
        return quote(value);
    }

    private static String quote(Object value) {
        if (value instanceof JsonNode node) {
            return node.isString() ? '"' + ShortText.of(node.asString()) + '"' : ShortText.of(node.toString());
        }
        return String.valueOf(value);
    }

    private static Object report(Object value) {
        if (value instanceof JsonNode node) {
            return Subjects.actual(node);
        }
        return value instanceof Integer size ? size + " entries" : null;
    }

    private static String text(Object value) {
        return value instanceof JsonNode node && node.isString() ? node.asString() : null;
    }

    private static int size(Object value) {
        if (value == null) {
            return 0;
        }
        return value instanceof Integer size ? size : 1;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean sameInstant(JsonNode a, JsonNode b) {
        Instant x = a.isString() ? instant(a.asString()) : null;
        return x != null && b.isString() && x.equals(instant(b.asString()));
    }

    /** Numbers by value, timestamps as instants; 0 when the two cannot be compared. */
    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = a.decimalValue();
            return x.compareTo(b.decimalValue());
        }
        if (a.isString() && b.isString()) {
            Instant x = instant(a.asString());
            Instant y = instant(b.asString());
            return x == null || y == null ? 0 : x.compareTo(y);
        }
        return 0;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException alsoNot) {
                return null;
            }
        }
    }

    private static String lowerFirst(String statement) {
        String text = statement.endsWith(".") ? statement.substring(0, statement.length() - 1) : statement;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
