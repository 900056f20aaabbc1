package dev.runspec.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs the command in a JVM of its own, then prints {@code peakHeapMiB millis} on standard error
 * and exits with the command's status. Used by {@link HundredMegabyteNdjsonTests}.
 */
public final class CommandMemoryProbe {

    private CommandMemoryProbe() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int status = Runspec.run(args, System.in, System.out, System.err);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.flush();
        System.err.println((peak / (1024 * 1024)) + " " + millis);
        System.exit(status);
    }
}
