package dev.runspec.core.internal;

import dev.runspec.core.LifecycleRule;
import dev.runspec.core.Rule;
import dev.runspec.shaded.jackson.databind.JsonNode;
import dev.runspec.shaded.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Not API: shared by runspec's own modules and may change in any release.
 *
 * <p>The lifecycle rules of one schema, evaluated on one parsed document: what the validator runs
 * after the schema, and what a poll-sequence checker or a run generator reuses to judge one
 * response. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * LifecycleCheck rules = LifecycleCheck.read("runflow-v1", tableJson);
 * List<LifecycleFinding> broken = rules.check(document, Set.of(), rule -> true);
 * }</pre>
 */
public final class LifecycleCheck {

    /** How far a duration may be from its timestamps' difference (the server writes microseconds). */
    static final long DIFFERENCE_ALLOWANCE_NANOS = 1_000_000;

    private static final LifecycleCheck NONE = new LifecycleCheck(List.of());
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final List<LifecycleRow> rows;
    /** Members the table compares as timestamps: elsewhere they count only where they parse. */
    private final Set<String> timestamps;

    private LifecycleCheck(List<LifecycleRow> rows) {
        this.rows = List.copyOf(rows);
        Set<String> compared = new java.util.HashSet<>();
        for (LifecycleRow row : rows) {
            if (row.shape() == LifecycleRow.Shape.DIFFERENCE
                    || row.shape() == LifecycleRow.Shape.ORDER && !row.comparesNumbers()) {
                compared.add(row.earlier());
                compared.add(row.later());
            }
        }
        this.timestamps = Set.copyOf(compared);
    }

    /** A check with no rules, for schemas without a lifecycle table. */
    public static LifecycleCheck none() {
        return NONE;
    }

    /**
     * The rules of a generated {@code <id>.lifecycle.json}; each rule is defined as it is read.
     *
     * @throws IllegalArgumentException naming the table and line of a rule whose id is known with
     *     another default severity
     */
    public static LifecycleCheck read(String schemaId, String tableJson) {
        JsonNode table = MAPPER.readTree(tableJson);
        String name = table.path("table").asString(schemaId + ".lifecycle.json");
        List<LifecycleRow> rows = new ArrayList<>();
        for (JsonNode row : table.get("rules")) {
            rows.add(LifecycleRow.read(schemaId, name, row));
        }
        return new LifecycleCheck(rows);
    }

    /** The rules, in table order. */
    public List<LifecycleRule> rules() {
        return rows.stream().map(LifecycleRow::info).toList();
    }

    /** The rules as evaluated, with their parsed members and conditions (for a run generator that must keep them). */
    public List<LifecycleRow> rows() {
        return rows;
    }

    /** True when the table has no rule. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Every rule {@code document} breaks, in table order.
     *
     * @param skip pointers of members that already have a schema violation (a malformed timestamp,
     *     a string where a number belongs): the rules that read them are skipped, not reported twice
     * @param enabled which rules to evaluate (a policy may turn some off)
     */
    public List<LifecycleFinding> check(JsonNode document, Set<String> skip, Predicate<Rule> enabled) {
        if (rows.isEmpty() || document == null || !document.isObject()) {
            return List.of();
        }
        Evaluation evaluation = new Evaluation(document, skip, timestamps);
        List<LifecycleFinding> findings = new ArrayList<>();
        Map<String, Integer> orderFindings = new HashMap<>();
        for (LifecycleRow row : rows) {
            if (!enabled.test(row.rule()) || !evaluation.applies(row)) {
                continue;
            }
            LifecycleFinding finding = evaluation.evaluate(row);
            if (finding == null) {
                continue;
            }
            if (row.shape() == LifecycleRow.Shape.ORDER) {
                // Of the broken rows over the same two members, only the widest allowance is reported.
                String pair = row.earlier() + "<=" + row.later();
                Integer earlierIndex = orderFindings.get(pair);
                if (earlierIndex != null) {
                    LifecycleRow kept = rowOf(findings.get(earlierIndex).rule());
                    if (kept != null && kept.allowanceMillis() >= row.allowanceMillis()) {
                        continue;
                    }
                    findings.set(earlierIndex, finding);
                    continue;
                }
                orderFindings.put(pair, findings.size());
            }
            findings.add(finding);
        }
        return findings;
    }

    private LifecycleRow rowOf(Rule rule) {
        for (LifecycleRow row : rows) {
            if (row.rule().equals(rule)) {
                return row;
            }
        }
        return null;
    }

    /** One document under evaluation, its timestamps parsed once each. */
    private static final class Evaluation {

        private final JsonNode document;
        private final Set<String> skip;
        private final Set<String> timestamps;
        private final Map<String, Instant> instants = new HashMap<>(8);

        Evaluation(JsonNode document, Set<String> skip, Set<String> timestamps) {
            this.document = document;
            this.skip = skip;
            this.timestamps = timestamps;
        }

        boolean applies(LifecycleRow row) {
            if (row.whenMember() == null) {
                return true;
            }
            JsonNode value = document.get(row.whenMember());
            if (value == null || !(value.isString() || value.isNumber())) {
                return false;
            }
            return row.whenValues().contains(value.isString() ? value.asString() : value.asString()) != row.whenNegated();
        }

        LifecycleFinding evaluate(LifecycleRow row) {
            return switch (row.shape()) {
                case ORDER -> order(row);
                case PRESENT -> present(row);
                case ABSENT -> absent(row);
                case NOT_EMPTY -> notEmpty(row);
                case RANGE -> range(row);
                case DIFFERENCE -> difference(row);
                case VALUES -> values(row);
            };
        }

        private LifecycleFinding order(LifecycleRow row) {
            JsonNode a = usable(row.earlier());
            JsonNode b = usable(row.later());
            if (a == null || b == null) {
                return null;
            }
            if (row.comparesNumbers()) {
                if (!a.isNumber() || !b.isNumber()) {
                    return null;
                }
                if (b.decimalValue().compareTo(a.decimalValue()) >= 0) {
                    return null;
                }
                // Two numbers: the member that is too large is the one to blame (nodes_completed, not nodes_total).
                return finding(row, row.earlier(), "at most " + row.later(), a.numberValue(),
                        row.earlier() + " " + a.asString() + " is more than " + row.later() + " " + b.asString(), row.later());
            }
            Instant earlier = instant(row.earlier(), a);
            Instant later = instant(row.later(), b);
            if (earlier == null || later == null || !later.plusMillis(row.allowanceMillis()).isBefore(earlier)) {
                return null;
            }
            String[] shown = RunTimestamps.shortPair(b.asString(), a.asString());
            String message = row.later() + " " + shown[0] + " is before " + row.earlier() + " " + shown[1];
            BigDecimal gap = RunTimestamps.nanosBetween(later, earlier);
            if (row.allowanceMillis() > 0) {
                message += ", by " + RunTimestamps.seconds(gap) + ": more than the "
                        + RunTimestamps.seconds(row.allowanceMillis() * 1_000_000) + " allowed";
            } else if (gap.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
                message += ", by " + RunTimestamps.seconds(gap);
            }
            return finding(row, row.later(), "at or after " + row.earlier(), b.asString(), message, row.earlier());
        }

        private LifecycleFinding present(LifecycleRow row) {
            if (skip.contains("/" + row.member())) {
                return null;
            }
            JsonNode value = document.get(row.member());
            if (value != null && !value.isNull()) {
                return null;
            }
            return finding(row, row.member(), "a value", null,
                    row.member() + " is " + (value == null ? "missing" : "null") + whileWhen(row), row.whenMember());
        }

        private LifecycleFinding absent(LifecycleRow row) {
            if (skip.contains("/" + row.member())) {
                return null;
            }
            JsonNode value = document.get(row.member());
            if (value == null || value.isNull()
                    || timestamps.contains(row.member()) && (!value.isString() || instant(row.member(), value) == null)) {
                return null;
            }
            return finding(row, row.member(), null, shown(value),
                    row.member() + " is " + quoted(value) + whileWhen(row), row.whenMember());
        }

        private LifecycleFinding notEmpty(LifecycleRow row) {
            if (skip.contains("/" + row.member())) {
                return null;
            }
            JsonNode value = document.get(row.member());
            String state;
            if (value == null) {
                state = "missing";
            } else if (value.isNull()) {
                state = "null";
            } else if ((value.isContainer() || value.isString()) && (value.isString() ? value.asString().isEmpty() : value.isEmpty())) {
                state = "empty";
            } else {
                return null;
            }
            return finding(row, row.member(), "not empty", value == null ? null : shown(value),
                    row.member() + " is " + state + whileWhen(row), row.whenMember());
        }

        private LifecycleFinding range(LifecycleRow row) {
            JsonNode value = usable(row.member());
            if (value == null || !value.isNumber()) {
                return null;
            }
            double number = value.doubleValue();
            if (number >= row.min().doubleValue() && number <= row.max().doubleValue()) {
                return null;
            }
            String bounds = row.min().toPlainString() + ".." + row.max().toPlainString();
            return finding(row, row.member(), bounds, value.numberValue(),
                    row.member() + " " + value.asString() + " is outside " + bounds);
        }

        private LifecycleFinding difference(LifecycleRow row) {
            if (skip.contains("/" + row.member())) {
                return null;
            }
            JsonNode duration = document.get(row.member());
            if (duration == null || !(duration.isNull() || duration.isNumber())) {
                return null;
            }
            if (skip.contains("/" + row.earlier()) || skip.contains("/" + row.later())) {
                return null;
            }
            JsonNode a = document.get(row.earlier());
            JsonNode b = document.get(row.later());
            boolean aNull = a == null || a.isNull();
            boolean bNull = b == null || b.isNull();
            String formula = row.later() + " - " + row.earlier();
            if (aNull || bNull) {
                if (duration.isNull()) {
                    return null;
                }
                String missing = bNull ? row.later() : row.earlier();
                return finding(row, row.member(), null, duration.numberValue(),
                        row.member() + " is " + duration.asString() + " but " + missing + " is null", missing);
            }
            Instant earlier = usable(row.earlier()) == null ? null : instant(row.earlier(), a);
            Instant later = usable(row.later()) == null ? null : instant(row.later(), b);
            if (earlier == null || later == null) {
                return null;
            }
            BigDecimal nanos = RunTimestamps.nanosBetween(earlier, later);
            if (!duration.isNull()) {
                // In doubles: a duration is a float of seconds (or milliseconds) and the allowance is a millisecond.
                double stated = duration.doubleValue() * (row.milliseconds() ? 1e6 : 1e9);
                if (Math.abs(stated - nanos.doubleValue()) <= DIFFERENCE_ALLOWANCE_NANOS) {
                    return null;
                }
            }
            BigDecimal expected = nanos.movePointLeft(row.milliseconds() ? 6 : 9).stripTrailingZeros();
            String unit = row.milliseconds() ? " ms" : " s";
            if (duration.isNull()) {
                return finding(row, row.member(), expected, null, row.member() + " is null but " + formula + " is "
                        + expected.toPlainString() + unit, row.later(), row.earlier());
            }
            return finding(row, row.member(), expected, duration.numberValue(), row.member() + " " + duration.asString()
                    + " is not " + formula + " = " + expected.toPlainString() + unit, row.later(), row.earlier());
        }

        private LifecycleFinding values(LifecycleRow row) {
            JsonNode value = usable(row.member());
            if (value == null || !(value.isString() || value.isNumber())) {
                return null;
            }
            String text = value.isString() ? value.asString() : value.asString();
            if (row.values().contains(text)) {
                return null;
            }
            List<String> allowed = row.values().stream().sorted().toList();
            return finding(row, row.member(), allowed, shown(value), row.member() + " is " + quoted(value) + whileWhen(row)
                    + "; expected " + (allowed.size() == 1 ? allowed.get(0) : "one of " + String.join(", ", allowed)),
                    row.whenMember());
        }

        /** The member's value when a rule can read it: present, not null, and without a schema violation. */
        private JsonNode usable(String member) {
            JsonNode value = document.get(member);
            if (value == null || value.isNull() || skip.contains("/" + member)) {
                return null;
            }
            return value;
        }

        private Instant instant(String member, JsonNode value) {
            if (!value.isString()) {
                return null;
            }
            Instant known = instants.get(member);
            if (known == null && !instants.containsKey(member)) {
                known = RunTimestamps.parse(value.asString());
                instants.put(member, known);
            }
            return known;
        }

        private String whileWhen(LifecycleRow row) {
            if (row.whenMember() == null) {
                return "";
            }
            return " while " + row.whenMember() + " is " + quoted(document.get(row.whenMember()));
        }

        private static String quoted(JsonNode value) {
            return value.isString() ? "\"" + ShortText.of(value.asString()) + "\"" : ShortText.of(value.toString());
        }

        private static Object shown(JsonNode value) {
            if (value.isString()) {
                return ShortText.of(value.asString());
            }
            if (value.isNumber()) {
                return value.numberValue();
            }
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            return value.isArray() ? "an array of " + value.size() : value.isObject() ? "an object of " + value.size() + " members" : null;
        }

        private static LifecycleFinding finding(LifecycleRow row, String member, Object expected, Object actual, String message,
                String... others) {
            List<LifecycleFinding.Related> related = new ArrayList<>(others.length);
            for (String other : others) {
                if (other != null) {
                    related.add(new LifecycleFinding.Related(other, "/" + escape(other)));
                }
            }
            return new LifecycleFinding("/" + escape(member), row.rule(), expected, actual, message, related);
        }

        private static String escape(String name) {
            return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
        }
    }
}
