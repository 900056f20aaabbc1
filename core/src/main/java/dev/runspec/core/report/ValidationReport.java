package dev.runspec.core.report;

import dev.runspec.core.internal.RunspecVersion;
import dev.runspec.core.FailOn;
import dev.runspec.core.Severity;
import java.util.List;

/**
 * What one run of runspec found over all its inputs: the model every report writer renders, and
 * the format documented in {@code docs/report-format.md}.
 */
public final class ValidationReport {

    private final List<InputResult> results;

    /** A report over these results, in the order given. */
    public ValidationReport(List<InputResult> results) {
        this.results = List.copyOf(results);
    }

    /** The tool's name in every report. */
    public String tool() {
        return "runspec";
    }

    /** The version of runspec that made the report. */
    public String version() {
        return RunspecVersion.current();
    }

    /** Every input's verdict. */
    public List<InputResult> results() {
        return results;
    }

    /** How many inputs were checked. */
    public int inputs() {
        return results.size();
    }

    /** How many inputs have no error. */
    public int conforming() {
        return (int) results.stream().filter(r -> r.result().isValid()).count();
    }

    /** How many violations of this severity there are, over all inputs. */
    public long count(Severity severity) {
        return results.stream().mapToLong(r -> r.result().count(severity)).sum();
    }

    /** True when every input conforms (no violation of severity error). */
    public boolean allConform() {
        return conforming() == inputs();
    }

    /** True when any violation is at least as serious as {@code threshold}. */
    public boolean hasViolationsAtLeast(Severity threshold) {
        return results.stream().anyMatch(r -> r.result().hasViolationsAtLeast(threshold));
    }

    /** True when an input holds a violation that fails under {@code failOn}. */
    public boolean fails(FailOn failOn) {
        return results.stream().anyMatch(r -> failOn.isReachedBy(r.result()));
    }

    /** One line: {@code 2 inputs: 1 conforms, 1 does not (3 errors, 1 warning)}. */
    public String summaryLine() {
        int inputs = inputs();
        int conforming = conforming();
        return plural(inputs, "input") + ": " + conforming + (conforming == 1 ? " conforms, " : " conform, ")
                + (inputs - conforming) + (inputs - conforming == 1 ? " does not" : " do not")
                + " (" + plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning")
                + (count(Severity.INFO) > 0 ? ", " + count(Severity.INFO) + " info" : "") + ")";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
