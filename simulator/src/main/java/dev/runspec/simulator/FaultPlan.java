package dev.runspec.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The faults of one simulator, read from a spec such as
 * {@code 429:0.1,503@step2,reset:0.01,drift=renamed-status-member@step3,latency=200ms~0.5}: items
 * separated by commas, each either a fault with a rate or a step, or a setting.
 *
 * <ul>
 *   <li>{@code KIND:RATE}: that share of get-run requests (0 to 1; {@code KIND} alone is every one);
 *   <li>{@code KIND@stepN}: the first get-run request of each run while it is at step N (1 = as
 *       created);
 *   <li>{@code KIND[:RATE]@create}: create requests instead (a create that gets a fault creates no run);
 *   <li>{@code KIND} is {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code reset} (TCP
 *       reset), {@code empty} (connection closed without a response) or {@code drift=NEAR-MISS}
 *       (the body one drift away from conforming: {@code renamed-status-member},
 *       {@code canceled-spelling}, {@code progress-as-percentage}, {@code timestamp-without-offset},
 *       {@code null-instead-of-value}, {@code missing-instead-of-null}, ...);
 *   <li>{@code latency=200ms}: every response held back that long; {@code latency=200ms~0.5}: a
 *       long tail, log-normal with that median and that spread (sigma), see {@link LongTail};
 *   <li>{@code retry-after=2}: the seconds a 429 asks the client to wait (default 1).
 * </ul>
 *
 * Draws come from the simulator's seed, in request order.
 */
final class FaultPlan {

    private static final Set<String> KINDS = Set.of("429", "500", "502", "503", "reset", "empty");

    /** A fault, at a rate or at a step; {@code onCreate} for create requests instead of get-run ones. */
    private record Rule(Fault fault, double rate, int step, boolean onCreate) {
    }

    private final String spec;
    private final List<Rule> rules;
    private final Duration latency;
    private final double sigma;
    private final int retryAfterSeconds;
    private final SplittableRandom random;
    private final LongTail tail;
    private final Set<String> fired = new HashSet<>();

    private FaultPlan(String spec, List<Rule> rules, Duration latency, double sigma, int retryAfterSeconds, long seed) {
        this.spec = spec;
        this.rules = rules;
        this.latency = latency;
        this.sigma = sigma;
        this.retryAfterSeconds = retryAfterSeconds;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.tail = sigma > 0 ? new LongTail(latency.toNanos(), sigma, new SplittableRandom(seed).nextDouble()) : null;
    }

    static FaultPlan none(long seed) {
        return new FaultPlan("", List.of(), Duration.ZERO, 0, 1, seed);
    }

    /**
     * Reads a spec.
     *
     * @throws IllegalArgumentException one line naming the item that is wrong and the forms there are
     */
    static FaultPlan parse(String spec, long seed) {
        if (spec == null || spec.isBlank()) {
            return none(seed);
        }
        List<Rule> rules = new ArrayList<>();
        Duration latency = Duration.ZERO;
        double sigma = 0;
        int retryAfter = 1;
        for (String raw : spec.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            String lower = item.toLowerCase(Locale.ROOT);
            if (lower.startsWith("latency=")) {
                String value = item.substring(8);
                int tilde = value.indexOf('~');
                latency = ScriptFiles.duration(tilde < 0 ? value : value.substring(0, tilde), "fault '" + item + "'");
                sigma = tilde < 0 ? 0 : number(value.substring(tilde + 1), item, 0, 5);
            } else if (lower.startsWith("retry-after=")) {
                retryAfter = (int) number(item.substring(12), item, 0, 86_400);
            } else {
                rules.add(rule(item));
            }
        }
        return new FaultPlan(spec, List.copyOf(rules), latency, sigma, retryAfter, seed);
    }

    private static Rule rule(String item) {
        String body = item;
        int step = 0;
        double rate = 1;
        boolean onCreate = false;
        int at = body.indexOf('@');
        if (at >= 0) {
            String where = body.substring(at + 1).toLowerCase(Locale.ROOT);
            if (where.equals("create")) {
                onCreate = true;
            } else if (where.matches("step[1-9][0-9]{0,3}")) {
                step = Integer.parseInt(where.substring(4));
            } else {
                throw refusal(item, "'@" + body.substring(at + 1) + "' is not @stepN or @create");
            }
            body = body.substring(0, at);
        }
        int colon = body.lastIndexOf(':');
        if (colon >= 0) {
            rate = number(body.substring(colon + 1), item, 0, 1);
            body = body.substring(0, colon);
        }
        Fault fault;
        String kind = body.trim().toLowerCase(Locale.ROOT);
        if (kind.startsWith("drift=") && kind.length() > 6) {
            fault = new Fault(Fault.Kind.DRIFT, 0, body.trim().substring(6));
        } else if (KINDS.contains(kind)) {
            fault = switch (kind) {
                case "reset" -> new Fault(Fault.Kind.RESET, 0, null);
                case "empty" -> new Fault(Fault.Kind.EMPTY, 0, null);
                default -> new Fault(Fault.Kind.STATUS, Integer.parseInt(kind), null);
            };
        } else {
            throw refusal(item, "'" + body + "' is not a fault");
        }
        if (onCreate && fault.kind() == Fault.Kind.DRIFT) {
            throw refusal(item, "drift is for get-run bodies, not @create");
        }
        return new Rule(fault, rate, step, onCreate);
    }

    private static double number(String text, String item, double least, double most) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refusal(item, "'" + text + "' is not a number from " + (least == (long) least ? (long) least : least)
                + " to " + (most == (long) most ? (long) most : most));
    }

    private static IllegalArgumentException refusal(String item, String why) {
        return new IllegalArgumentException("fault '" + item + "': " + why + "; expected KIND[:RATE][@create] or KIND@stepN"
                + " (KIND 429, 500, 502, 503, reset, empty, drift=NEAR-MISS), latency=200ms[~SIGMA] or retry-after=SECONDS");
    }

    String spec() {
        return spec;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** How long this response is held back. */
    synchronized Duration latency() {
        return tail == null ? latency : Duration.ofNanos(tail.next());
    }

    /** The fault of a get-run request of {@code runId} at step {@code step}, or {@link Fault#NONE}. */
    synchronized Fault decide(String runId, int step) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.onCreate()) {
                continue;
            }
            if (rule.step() > 0) {
                if (rule.step() == step && fired.add(i + "/" + runId)) {
                    return rule.fault();
                }
            } else if (rule.rate() >= 1 || random.nextDouble() < rule.rate()) {
                return rule.fault();
            }
        }
        return Fault.NONE;
    }

    /** The fault of a create request (no run is created when there is one), or {@link Fault#NONE}. */
    synchronized Fault decideCreate() {
        for (Rule rule : rules) {
            if (rule.onCreate() && (rule.rate() >= 1 || random.nextDouble() < rule.rate())) {
                return rule.fault();
            }
        }
        return Fault.NONE;
    }
}
