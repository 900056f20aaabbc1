package dev.runspec.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runspec.simulator.ReceivedRequest;
import dev.runspec.simulator.Simulator;
import dev.runspec.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Load, loopback only, bounded in count and time: {@code runspec.load.pollers} concurrent pollers
 * (500) on one java.net.http client, each polling its own run (created beforehand through the Java
 * API, so the figures are those of get-run) {@code runspec.load.polls} times, one request after
 * another (3 in CI; a bigger run: {@code -Drunspec.load.polls=100}), over keep-alive connections.
 * It prints requests per second, p50 and p99 latency, errors and sockets, and asserts no error besides the faults injected ({@code runspec.load.faults}, none
 * in CI) and one connection per concurrent poller at most, never one per request. Times are printed,
 * never asserted.
 *
 * <pre>
 * ./mvnw -B -pl simulator -am test -Dtest=KeepAliveLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drunspec.load.polls=100 -Drunspec.load.faults=503:0.01
 * </pre>
 */
class KeepAliveLoadTest {

    private static final int POLLERS = Integer.getInteger("runspec.load.pollers", 500);
    private static final int POLLS = Integer.getInteger("runspec.load.polls", 3);
    private static final String FAULTS = System.getProperty("runspec.load.faults", "");
    private static final Duration HARD_TIMEOUT = Duration.ofSeconds(Long.getLong("runspec.load.timeout.seconds", 120));

    @Test
    void five_hundred_pollers_over_keep_alive() throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorOptions.api("runflow-v1").seed(1).speed(60).faults(FAULTS))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            long[] latencies = new long[POLLERS * POLLS];
            long creating = System.nanoTime();
            List<String> runs = new ArrayList<>();
            for (int p = 0; p < POLLERS; p++) {
                runs.add(simulator.createRun(null).id());
            }
            double createSeconds = (System.nanoTime() - creating) / 1e9;
            AtomicInteger recorded = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());

            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<CompletableFuture<Void>> pollers = new ArrayList<>();
            for (int p = 0; p < POLLERS; p++) {
                pollers.add(poller(http, URI.create(simulator.baseUrl() + "/v1/runs/" + runs.get(p)), latencies, recorded,
                        errors, errorSamples));
            }
            CompletableFuture.allOf(pollers.toArray(CompletableFuture[]::new))
                    .get(HARD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            if (Boolean.getBoolean("runspec.load.threads")) {
                printCpuByThreadGroup();
            }

            int count = recorded.get();
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            List<ReceivedRequest> served = simulator.requests();
            long injected = served.stream().filter(r -> !r.fault().isEmpty()).count();
            String sockets = "n/a";
            if (LoopbackSockets.available()) {
                LoopbackSockets.Count open = LoopbackSockets.serverSide(simulator.port());
                sockets = open.established() + " established, " + open.all() + " in all";
                assertThat(open.all()).as("sockets on the simulator's port: one per concurrent poller at most")
                        .isLessThanOrEqualTo(POLLERS + (int) injected);
                assertThat(open.established()).as("connections still open for reuse").isPositive();
            }
            System.out.printf(Locale.ROOT, "load: %d runs created in %.2f s; %d pollers x %d polls: %d requests in %.2f s, %.0f requests/s,"
                    + " p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d (faults injected %d), sockets %s; CPU %.2f s, %.0f us per request (client and server)%n",
                    POLLERS, createSeconds, POLLERS, POLLS, count, seconds, count / seconds, millis(sorted, 0.50), millis(sorted, 0.99),
                    sorted[count - 1] / 1e6, errors.get(), injected, sockets, cpuSeconds, cpuSeconds * 1e6 / count);

            assertThat(count).isEqualTo(POLLERS * POLLS);
            assertThat(errors.get()).as("errors besides the faults injected: %s", errorSamples)
                    .isLessThanOrEqualTo((int) injected);
            long closed = served.stream().filter(r -> r.status() < 0).count();
            // java.net.http sends a GET again, once, on a connection closed without an answer
            assertThat(served.size()).as("requests served").isBetween(count, count + (int) closed);
            if (FAULTS.isEmpty()) {
                assertThat(errors.get()).isZero();
                assertThat(served).hasSize(count).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            }
        }
    }

    /** One poller: {@link #POLLS} get-run requests on its run, one after another. */
    private static CompletableFuture<Void> poller(HttpClient http, URI run, long[] latencies, AtomicInteger recorded,
            AtomicInteger errors, List<String> errorSamples) {
        HttpRequest get = HttpRequest.newBuilder(run).timeout(Duration.ofSeconds(60)).GET().build();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < POLLS; i++) {
            chain = chain.thenCompose(ignored -> timed(http, get, latencies, recorded).handle((response, failure) -> {
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                    errorSamples.add(failure != null ? failure.toString() : "get " + response.statusCode());
                }
                return null;
            }));
        }
        return chain;
    }

    private static CompletableFuture<HttpResponse<String>> timed(HttpClient http, HttpRequest request, long[] latencies,
            AtomicInteger recorded) {
        long sent = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            latencies[recorded.getAndIncrement()] = System.nanoTime() - sent;
        });
    }

    /** The CPU time of this JVM (client and server both run in it), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** CPU time of the live threads by name (digits dropped), for a look at where the time goes. */
    private static void printCpuByThreadGroup() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                byName.merge(info.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
            }
        }
        byName.forEach((name, cpu) -> System.out.printf(Locale.ROOT, "  cpu %-50s %.2f s%n", name, cpu / 1e9));
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
