package dev.runspec.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link FirstVerdict} in fresh JVMs, a round at a time with every contender once per round,
 * so that a change in the machine's load falls on all of them alike.
 */
final class FirstVerdicts {

    /** The samples of one contender. */
    record Samples(List<Double> wallMillis, List<Double> cpuMillis, List<Double> uptimeMillis) {
    }

    private FirstVerdicts() {
    }

    static Map<String, Samples> run(int rounds) throws IOException, InterruptedException {
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (Contenders kind : Contenders.values()) {
            samples.put(kind.benchmark(), new Samples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("# first verdict, round %d of %d%n", round, rounds);
            for (Contenders kind : Contenders.values()) {
                String[] line = once(kind);
                Samples of = samples.get(kind.benchmark());
                of.wallMillis().add(Long.parseLong(line[2]) / 1e6);
                of.cpuMillis().add(Long.parseLong(line[3]) / 1e6);
                of.uptimeMillis().add(Double.parseDouble(line[4]));
            }
        }
        return samples;
    }

    private static String[] once(Contenders kind) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xms1g", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), FirstVerdict.class.getName(), kind.name())
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        for (String line : output.split("\\R")) {
            if (line.startsWith(FirstVerdict.PREFIX + " ")) {
                return line.split(" ");
            }
        }
        throw new IllegalStateException("the first-verdict JVM for " + kind + " ended with exit code " + exit
                + " and no result:" + System.lineSeparator() + output.strip());
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
