package dev.runspec.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the measurements into the Markdown tables of the benchmarks README: throughput per
 * document with each contender's ratio to runspec and to the Jackson parse limit, NDJSON
 * throughput, the cold first verdict, and whether runspec meets its targets. Ratios compare CPU
 * time per operation, which other processes on a shared machine cannot inflate; a ratio above 1
 * means faster than the reference.
 */
final class ResultTable {

    static final double NETWORKNT_TARGET = 0.90;
    static final double REST_ASSURED_TARGET = 3.0;
    static final double COLD_TARGET_MS = 400;

    private static final List<String> ORDER = List.of("jacksonTree", "jacksonStreaming", "networknt", "runspec",
            "restAssured", "atlassian", "harrel");

    private ResultTable() {
    }

    static String markdown(List<Score> steady, Map<String, FirstVerdicts.Samples> cold) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Score>> document : byDocument(steady).entrySet()) {
            out.append("#### ").append(document.getKey()).append(" (").append(size(document.getKey())).append(")\n\n");
            throughput(out, document.getValue(), "ops/s");
        }
        List<Score> ndjson = ordered(steady.stream().filter(s -> s.group().equals("NdjsonThroughput")).toList());
        if (!ndjson.isEmpty()) {
            out.append("#### NDJSON file of ").append(String.format(Locale.ROOT, "%,d", NdjsonThroughput.RUNS))
                    .append(" runs (per run)\n\n");
            throughput(out, ndjson, "runs/s");
        }
        if (!cold.isEmpty()) {
            out.append("#### First verdict in a fresh JVM (").append(cold.values().iterator().next().wallMillis().size())
                    .append(" JVMs each)\n\n")
                    .append("| contender | wall ms, median | wall ms, max | CPU ms, median | JVM age at verdict, median |\n")
                    .append("|---|---:|---:|---:|---:|\n");
            for (String contender : ordered(new ArrayList<>(cold.keySet()))) {
                FirstVerdicts.Samples s = cold.get(contender);
                out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", contender,
                        FirstVerdicts.median(s.wallMillis()), FirstVerdicts.max(s.wallMillis()),
                        FirstVerdicts.median(s.cpuMillis()), FirstVerdicts.median(s.uptimeMillis())));
            }
            out.append('\n');
        }
        out.append(targets(steady, cold));
        return out.toString();
    }

    private static void throughput(StringBuilder out, List<Score> scores, String unit) {
        Optional<Score> runspec = find(scores, "runspec");
        Optional<Score> parse = find(scores, "jacksonTree");
        out.append("| contender | ").append(unit).append(" | ± | CPU µs/op | × runspec | × Jackson parse | allocated B/op |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Score s : scores) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", s.contender(),
                    number(s.opsPerSecond()), Double.isNaN(s.error()) ? "–" : number(s.error()),
                    Double.isNaN(s.cpuNanos()) ? "–" : String.format(Locale.ROOT, "%.1f", s.cpuNanos() / 1000),
                    runspec.map(r -> ratio(s.opsPerCpuSecond() / r.opsPerCpuSecond())).orElse("–"),
                    parse.map(p -> ratio(s.opsPerCpuSecond() / p.opsPerCpuSecond())).orElse("–"),
                    Double.isNaN(s.allocatedBytes()) ? "–" : number(s.allocatedBytes())));
        }
        out.append('\n');
    }

    /** One line per target: the measured value, the bound, met or missed. */
    static String targets(List<Score> steady, Map<String, FirstVerdicts.Samples> cold) {
        StringBuilder out = new StringBuilder("#### Targets\n\n");
        for (Map.Entry<String, List<Score>> document : byDocument(steady).entrySet()) {
            Optional<Score> runspec = find(document.getValue(), "runspec");
            Optional<Score> networknt = find(document.getValue(), "networknt");
            Optional<Score> restAssured = find(document.getValue(), "restAssured");
            if (runspec.isPresent() && networknt.isPresent() && Document.valueOf(document.getKey()).conforming()) {
                out.append(compare(document.getKey(), "raw networknt", runspec.get(), networknt.get(), NETWORKNT_TARGET));
            }
            if (runspec.isPresent() && restAssured.isPresent()) {
                out.append(compare(document.getKey(), "the REST Assured module", runspec.get(), restAssured.get(),
                        REST_ASSURED_TARGET));
            }
        }
        FirstVerdicts.Samples runspec = cold.get("runspec");
        if (runspec != null) {
            double wall = FirstVerdicts.median(runspec.wallMillis());
            double cpu = FirstVerdicts.median(runspec.cpuMillis());
            out.append(line(String.format(Locale.ROOT, "first verdict in a fresh JVM: runspec %.0f ms wall, %.0f ms CPU"
                    + " (median; under %.0f ms)", wall, cpu, COLD_TARGET_MS), wall < COLD_TARGET_MS));
        }
        return out.append('\n').toString();
    }

    private static String compare(String document, String peer, Score runspec, Score other, double bound) {
        double cpu = runspec.opsPerCpuSecond() / other.opsPerCpuSecond();
        double wall = runspec.opsPerSecond() / other.opsPerSecond();
        return line(String.format(Locale.ROOT, "%s: runspec at %s %s by CPU time, %s by wall clock (at least %s)",
                document, ratio(cpu), peer, ratio(wall), ratio(bound)), cpu >= bound);
    }

    private static String line(String text, boolean met) {
        return "- " + (met ? "met" : "**missed**") + ": " + text + "\n";
    }

    private static String size(String document) {
        return String.format(Locale.ROOT, "%,d bytes", Document.valueOf(document).body().bytes().length);
    }

    private static Map<String, List<Score>> byDocument(List<Score> scores) {
        Map<String, List<Score>> out = new LinkedHashMap<>();
        for (Document document : Document.values()) {
            List<Score> of = scores.stream()
                    .filter(s -> s.group().equals("ValidationBenchmarks") && s.document().equals(document.name()))
                    .toList();
            if (!of.isEmpty()) {
                out.put(document.name(), ordered(of));
            }
        }
        return out;
    }

    private static List<Score> ordered(List<Score> scores) {
        List<Score> out = new ArrayList<>(scores);
        out.sort((a, b) -> Integer.compare(rank(a.contender()), rank(b.contender())));
        return out;
    }

    private static List<String> ordered(ArrayList<String> contenders) {
        contenders.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return contenders;
    }

    private static int rank(String contender) {
        int at = ORDER.indexOf(contender);
        return at < 0 ? ORDER.size() : at;
    }

    private static Optional<Score> find(List<Score> scores, String contender) {
        return scores.stream().filter(s -> s.contender().equals(contender)).findFirst();
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.2f×" : "%.3f×", ratio);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
