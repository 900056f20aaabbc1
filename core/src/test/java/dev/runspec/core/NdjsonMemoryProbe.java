package dev.runspec.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in its own small JVM by {@link HostileInputTests}: validates an NDJSON file line by line and
 * prints {@code lines valid invalid peakHeapMiB millis}.
 */
public final class NdjsonMemoryProbe {

    private NdjsonMemoryProbe() {
    }

    public static void main(String[] args) {
        RunValidator validator = RunValidator.create();
        AtomicLong lines = new AtomicLong();
        AtomicLong valid = new AtomicLong();
        long start = System.nanoTime();
        validator.validateLines(args[0], Path.of(args[1]), line -> {
            lines.incrementAndGet();
            if (line.result().isValid()) {
                valid.incrementAndGet();
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(lines.get() + " " + valid.get() + " " + (lines.get() - valid.get()) + " "
                + (peak / (1024 * 1024)) + " " + millis);
    }
}
