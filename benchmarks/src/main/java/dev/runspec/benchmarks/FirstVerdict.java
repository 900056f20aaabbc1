package dev.runspec.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The cold cost of one contender, run as its own fresh JVM: from nothing of it loaded to the first
 * verdict on the conforming ComfyDeploy v2 run, which includes loading its classes, reading and
 * compiling the schema, and validating once. Prints one line, {@code first-verdict NAME WALL_NS
 * CPU_NS UPTIME_MS}: wall time, this thread's CPU time (which other processes cannot inflate),
 * and the JVM's age at the verdict (its own start-up included).
 */
public final class FirstVerdict {

    static final String PREFIX = "first-verdict";

    private FirstVerdict() {
    }

    public static void main(String[] args) {
        Contenders kind = Contenders.valueOf(args[0]);
        Body body = Document.COMFYDEPLOY_V2_SUCCESS.body();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();

        Contender contender = kind.create(Document.COMFYDEPLOY_V2_SUCCESS.schemaId());
        boolean conforms = contender.conforms(contender.validate(body));

        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (!conforms) {
            System.err.println(kind + " rejects a conforming document");
            System.exit(1);
        }
        System.out.println(PREFIX + " " + kind + " " + wall + " " + cpu + " " + ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
